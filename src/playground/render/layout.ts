import { type Html, html } from './html.ts';

/** Which page a layout is for, to mark it current in the navigation. */
export type PageName = 'chat' | 'records';

/** Where the playground's own script and stylesheet are served. */
export const assetPaths = {
  script: '/playground/assets/playground.js',
  style: '/playground/assets/playground.css',
  icon: '/playground/assets/favicon.svg',
} as const;

/** The frame every playground page shares: title, navigation, the demo notice, and the public-interface warning when it applies. */
export function renderLayout(options: {
  readonly title: string;
  readonly page: PageName;
  readonly org: string;
  readonly publicWarning?: string;
  readonly body: Html;
}): Html {
  const link = (page: PageName, href: string, label: string) =>
    html`<a href="${href}"${options.page === page ? html` aria-current="page"` : ''}>${label}</a>`;
  const query = `?org=${encodeURIComponent(options.org)}`;
  return html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${options.title} · Policy Desk playground</title>
<link rel="icon" type="image/svg+xml" href="${assetPaths.icon}">
<link rel="stylesheet" href="${assetPaths.style}">
<script src="${assetPaths.script}" defer></script>
</head>
<body>
<header>
<div class="top">
<p class="brand">Policy Desk <span>playground</span></p>
<nav aria-label="Pages">${link('chat', `/${query}`, 'Chat')} ${link('records', `/records${query}`, 'Records')}</nav>
</div>
<p class="demo-note">A local demo tool: there is no sign-in. You choose who you are, and anyone who can open this page can act as anyone. Questions, requests, decisions and votes go through the real Policy Desk core and are recorded in this app's store.</p>
${options.publicWarning ? html`<p class="public-warning" role="alert">${options.publicWarning}</p>` : ''}
</header>
${options.body}
</body>
</html>
`;
}
