import { createHmac, generateKeyPairSync, type KeyObject, randomUUID, sign as rsaSign } from 'node:crypto';
import { createServer, type Server } from 'node:http';

/** The issuer of Bot Framework channel tokens. */
export const botFrameworkIssuer = 'https://api.botframework.com';

/** How to sign one token. */
export interface SignOptions {
  /** RS256 with the double's key (default), or HS256 keyed with the public key's PEM (the classic algorithm confusion). */
  readonly alg?: 'RS256' | 'HS256';
  /** Key id in the header (default: the published key's id). */
  readonly kid?: string;
  /** Sign with another private key (a key the JWKS does not publish). */
  readonly privateKey?: KeyObject;
}

/** A local OpenID provider for Bot Framework tokens: metadata, a JWKS with one RS256 key, and a signer. */
export interface OpenIdDouble {
  /** The OpenID metadata URL (TEAMS_OPENID_METADATA_URL). */
  readonly metadataUrl: string;
  readonly kid: string;
  /** How many metadata and key requests it served. */
  readonly requests: string[];
  /** Signs a JWT with the given claims. */
  sign(claims: Record<string, unknown>, options?: SignOptions): string;
  /** A token as the Teams channel would send it: iss, aud = app id, serviceurl, nbf/exp around now. */
  channelToken(
    input: { appId: string; serviceUrl: string; expiresInSeconds?: number; issuer?: string; audience?: string },
    options?: SignOptions,
  ): string;
  close(): Promise<void>;
}

const b64url = (data: Buffer | string): string => Buffer.from(data).toString('base64url');

/** Starts the double on a free port of 127.0.0.1. */
export async function startOpenIdDouble(): Promise<OpenIdDouble> {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const kid = `test-key-${randomUUID()}`;
  const jwk = publicKey.export({ format: 'jwk' });
  const requests: string[] = [];
  let base = '';
  const server: Server = createServer((req, res) => {
    requests.push(req.url ?? '');
    if (req.url === '/.well-known/openid-configuration') {
      res.writeHead(200, { 'content-type': 'application/json' }).end(
        JSON.stringify({
          issuer: botFrameworkIssuer,
          jwks_uri: `${base}/keys`,
          id_token_signing_alg_values_supported: ['RS256'],
        }),
      );
      return;
    }
    if (req.url === '/keys') {
      // Bot Framework keys carry endorsements: the channels they may sign for.
      res.writeHead(200, { 'content-type': 'application/json' }).end(
        JSON.stringify({
          keys: [{ kty: 'RSA', use: 'sig', kid, n: jwk.n, e: jwk.e, endorsements: ['msteams', 'emulator'] }],
        }),
      );
      return;
    }
    res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  const publicPem = publicKey.export({ type: 'spki', format: 'pem' }).toString();

  const signToken = (claims: Record<string, unknown>, options: SignOptions = {}): string => {
    const alg = options.alg ?? 'RS256';
    const header = b64url(JSON.stringify({ alg, typ: 'JWT', kid: options.kid ?? kid }));
    const payload = b64url(JSON.stringify(claims));
    const input = `${header}.${payload}`;
    const signature =
      alg === 'HS256'
        ? createHmac('sha256', publicPem).update(input).digest()
        : rsaSign('sha256', Buffer.from(input), options.privateKey ?? privateKey);
    return `${input}.${b64url(signature)}`;
  };

  return {
    metadataUrl: `${base}/.well-known/openid-configuration`,
    kid,
    requests,
    sign: signToken,
    channelToken(input, options) {
      const now = Math.floor(Date.now() / 1000);
      const expires = input.expiresInSeconds ?? 3600;
      return signToken(
        {
          iss: input.issuer ?? botFrameworkIssuer,
          aud: input.audience ?? input.appId,
          serviceurl: input.serviceUrl,
          nbf: now - 60,
          iat: now - 60,
          exp: now + expires,
        },
        options,
      );
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
