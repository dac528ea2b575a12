import { createHash } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';

const GUID = '258EAFA5-E914-47DA-95CA-C5AB0DC85B11';

/** One accepted WebSocket connection: text frames in and out, pings answered. Enough for Socket Mode tests. */
export class WebSocketConnection {
  #buffer = Buffer.alloc(0);
  #closed = false;

  constructor(
    private readonly socket: Duplex,
    private readonly onText: (text: string) => void,
  ) {
    socket.on('data', (chunk: Buffer) => this.#receive(chunk));
    socket.on('error', () => undefined);
    socket.on('close', () => {
      this.#closed = true;
    });
  }

  /** Accepts an HTTP upgrade request as a WebSocket. */
  static accept(req: IncomingMessage, socket: Duplex, onText: (text: string) => void): WebSocketConnection {
    const accept = createHash('sha1')
      .update(`${String(req.headers['sec-websocket-key'])}${GUID}`)
      .digest('base64');
    socket.write(
      [
        'HTTP/1.1 101 Switching Protocols',
        'Upgrade: websocket',
        'Connection: Upgrade',
        `Sec-WebSocket-Accept: ${accept}`,
        '',
        '',
      ].join('\r\n'),
    );
    return new WebSocketConnection(socket, onText);
  }

  get closed(): boolean {
    return this.#closed;
  }

  /** Sends a text frame (servers do not mask). */
  sendText(text: string): void {
    this.#send(0x1, Buffer.from(text, 'utf8'));
  }

  /** Sends a close frame and ends the socket. */
  close(): void {
    if (this.#closed) return;
    this.#send(0x8, Buffer.from([0x03, 0xe8]));
    this.socket.end();
    this.#closed = true;
  }

  #send(opcode: number, payload: Buffer): void {
    if (this.#closed) return;
    const length = payload.length;
    const header =
      length < 126 ? Buffer.from([0x80 | opcode, length]) : length < 65536 ? Buffer.alloc(4) : Buffer.alloc(10);
    if (length >= 126 && length < 65536) {
      header[0] = 0x80 | opcode;
      header[1] = 126;
      header.writeUInt16BE(length, 2);
    } else if (length >= 65536) {
      header[0] = 0x80 | opcode;
      header[1] = 127;
      header.writeBigUInt64BE(BigInt(length), 2);
    }
    this.socket.write(Buffer.concat([header, payload]));
  }

  #receive(chunk: Buffer): void {
    this.#buffer = Buffer.concat([this.#buffer, chunk]);
    for (;;) {
      if (this.#buffer.length < 2) return;
      const opcode = this.#buffer[0]! & 0x0f;
      const masked = (this.#buffer[1]! & 0x80) !== 0;
      let length = this.#buffer[1]! & 0x7f;
      let offset = 2;
      if (length === 126) {
        if (this.#buffer.length < 4) return;
        length = this.#buffer.readUInt16BE(2);
        offset = 4;
      } else if (length === 127) {
        if (this.#buffer.length < 10) return;
        length = Number(this.#buffer.readBigUInt64BE(2));
        offset = 10;
      }
      const maskLength = masked ? 4 : 0;
      if (this.#buffer.length < offset + maskLength + length) return;
      const mask = this.#buffer.subarray(offset, offset + maskLength);
      const payload = Buffer.from(this.#buffer.subarray(offset + maskLength, offset + maskLength + length));
      if (masked) for (let i = 0; i < payload.length; i += 1) payload[i]! ^= mask[i % 4]!;
      this.#buffer = this.#buffer.subarray(offset + maskLength + length);
      if (opcode === 0x1) this.onText(payload.toString('utf8'));
      else if (opcode === 0x9) this.#send(0xa, payload);
      else if (opcode === 0x8) this.close();
    }
  }
}
