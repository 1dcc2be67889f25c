// Markdown in data fields (a dataset's methodology): rendered through rehype-sanitize, and every
// URL the URL rule refuses reported by markdownUrlProblems for the check.
import { parse } from 'node-html-parser';
import { describe, expect, test } from 'vitest';
import { markdownUrlProblems, renderSafeMarkdown } from '../../src/lib/markdown.ts';
import { urlProblem } from '../../src/lib/urls.ts';

const urlAttributes = ['href', 'src', 'srcset', 'action', 'formaction', 'xlink:href', 'cite'];
const activeElements = ['script', 'style', 'iframe', 'frame', 'object', 'embed', 'form', 'base'];

/** A URL's scheme as a browser reads it: tabs and newlines dropped, leading controls too. */
function scheme(url: string): string | undefined {
  // eslint-disable-next-line no-control-regex -- what browsers drop before reading the scheme
  const normalised = url.replace(/[\t\n\r]/g, '').replace(/^[\u0000-\u0020]+/, '');
  return /^([a-z][a-z0-9+.-]*):/i.exec(normalised)?.[1]?.toLowerCase();
}

/** Everything in rendered HTML that could run script, found by parsing it as a browser would. */
function activeParts(html: string): string[] {
  const found: string[] = [];
  for (const element of parse(html).querySelectorAll('*')) {
    const tag = element.rawTagName.toLowerCase();
    if (activeElements.includes(tag)) found.push(`<${tag}>`);
    for (const [name, value] of Object.entries(element.attributes)) {
      const attribute = name.toLowerCase();
      if (attribute.startsWith('on')) found.push(`<${tag} ${attribute}>`);
      if (attribute === 'style') found.push(`<${tag} style>`);
      if (urlAttributes.includes(attribute)) {
        const urls = attribute === 'srcset' ? value.split(',').map((part) => part.trim()) : [value];
        for (const url of urls) {
          const used = scheme(url);
          if (used !== undefined && !['http', 'https', 'mailto'].includes(used))
            found.push(`<${tag} ${attribute}="${url}">`);
        }
      }
    }
  }
  return found;
}

/** What the string itself must not contain, whatever a parser makes of it. */
const activeMarkup =
  /<\s*(?:script|style|iframe|object|embed|form|base)\b|\son[a-z]+\s*=|(?:href|src|action|srcset)\s*=\s*["']?\s*(?:java|vb)script|=\s*["']?\s*data:/i;

const attacks: {
  name: string;
  markdown: string;
  html: string;
  /** Lines and URLs that markdownUrlProblems reports. */
  reported: [number, string][];
}[] = [
  {
    name: 'a javascript: link',
    markdown: 'See the [guide](javascript:alert(document.domain)).',
    html: '<p>See the <a>guide</a>.</p>',
    reported: [[1, 'javascript:alert(document.domain)']],
  },
  {
    name: 'a scheme in mixed case',
    markdown: '[guide](JaVaScRiPt:alert(1))',
    html: '<p><a>guide</a></p>',
    reported: [[1, 'JaVaScRiPt:alert(1)']],
  },
  {
    name: 'a tab inside the scheme (bracketed destination)',
    markdown: '[guide](<java\tscript:alert(1)>)',
    html: '<p><a>guide</a></p>',
    reported: [[1, 'java\tscript:alert(1)']],
  },
  {
    name: 'a tab inside the scheme, written as an entity',
    markdown: '[guide](java&#9;script:alert(1))',
    html: '<p><a>guide</a></p>',
    reported: [[1, 'java\tscript:alert(1)']],
  },
  {
    name: 'a newline inside the scheme, written as an entity',
    markdown: '[guide](java&#10;script:alert(1))',
    html: '<p><a>guide</a></p>',
    reported: [[1, 'java\nscript:alert(1)']],
  },
  {
    name: 'a raw tab inside the scheme (no link at all)',
    markdown: '[guide](java\tscript:alert(1))',
    html: '<p>[guide](java\tscript:alert(1))</p>',
    reported: [],
  },
  {
    name: 'a data:text/html link',
    markdown: '[guide](data:text/html,<script>alert(1)</script>)',
    html: '<p><a>guide</a></p>',
    reported: [[1, 'data:text/html,<script>alert(1)</script>']],
  },
  {
    name: 'a base64 data: link',
    markdown: '[guide](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)',
    html: '<p><a>guide</a></p>',
    reported: [[1, 'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==']],
  },
  {
    name: 'a vbscript: link',
    markdown: '[guide](vbscript:msgbox(1))',
    html: '<p><a>guide</a></p>',
    reported: [[1, 'vbscript:msgbox(1)']],
  },
  {
    name: 'a file: link',
    markdown: '[guide](file:///etc/passwd)',
    html: '<p><a>guide</a></p>',
    reported: [[1, 'file:///etc/passwd']],
  },
  {
    name: 'a scheme hidden in decimal entities',
    markdown: '[guide](&#106;avascript:alert(1))',
    html: '<p><a>guide</a></p>',
    reported: [[1, 'javascript:alert(1)']],
  },
  {
    name: 'a scheme and colon hidden in hex entities',
    markdown: '[guide](&#x6A;avascript&#x3A;alert(1))',
    html: '<p><a>guide</a></p>',
    reported: [[1, 'javascript:alert(1)']],
  },
  {
    name: 'a scheme hidden by a named entity',
    markdown: '[guide](javascript&colon;alert(1))',
    html: '<p><a>guide</a></p>',
    reported: [[1, 'javascript:alert(1)']],
  },
  {
    name: 'leading spaces before the scheme',
    markdown: '[guide](  javascript:alert(1))',
    html: '<p><a>guide</a></p>',
    reported: [[1, 'javascript:alert(1)']],
  },
  {
    name: 'an autolink',
    markdown: 'Open <javascript:alert(1)> now.',
    // The text stays, as text: the link has no address.
    html: '<p>Open <a>javascript:alert(1)</a> now.</p>',
    reported: [[1, 'javascript:alert(1)']],
  },
  {
    name: 'a reference-style link',
    markdown: 'See [the guide][1].\n\n[1]: javascript:alert(1) "Guide"',
    html: '<p>See <a title="Guide">the guide</a>.</p>',
    reported: [[3, 'javascript:alert(1)']],
  },
  {
    name: 'a collapsed reference whose definition hides the scheme',
    markdown: 'See [guide][].\n\n[guide]: <JAVA&#x09;SCRIPT:alert(1)>',
    html: '<p>See <a>guide</a>.</p>',
    reported: [[3, 'JAVA\tSCRIPT:alert(1)']],
  },
  {
    name: 'an image with a javascript: source',
    markdown: '![chart](javascript:alert(1))',
    html: '<p><img alt="chart"></p>',
    reported: [[1, 'javascript:alert(1)']],
  },
  {
    name: 'an image with a data: source',
    markdown: '![chart](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)',
    html: '<p><img alt="chart"></p>',
    reported: [[1, 'data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+']],
  },
  {
    name: 'an image reference',
    markdown: '![chart][c]\n\n[c]: vbscript:msgbox(1)',
    html: '<p><img alt="chart"></p>',
    reported: [[3, 'vbscript:msgbox(1)']],
  },
  {
    name: 'a link inside an image inside a link',
    markdown: '[![x](javascript:a())](javascript:b())',
    html: '<p><a><img alt="x"></a></p>',
    reported: [
      [1, 'javascript:b()'],
      [1, 'javascript:a()'],
    ],
  },
  {
    name: 'a raw <a href>',
    markdown: 'Read <a href="javascript:alert(1)">the guide</a>.',
    html: '<p>Read the guide.</p>',
    reported: [],
  },
  {
    name: 'a raw <img onerror>',
    markdown: 'Counted <img src=x onerror=alert(1)> daily.',
    html: '<p>Counted  daily.</p>',
    reported: [],
  },
  {
    name: 'a raw <script> block',
    markdown: 'Counted daily.\n\n<script>alert(1)</script>\n\nBy hand.',
    html: '<p>Counted daily.</p>\n<p>By hand.</p>',
    reported: [],
  },
  {
    name: 'raw frames, forms, SVG and styles',
    markdown: [
      '<iframe src="javascript:alert(1)"></iframe>',
      '',
      '<form action="javascript:alert(1)"><button formaction="javascript:alert(2)">Go</button></form>',
      '',
      '<svg><a xlink:href="javascript:alert(1)"><text>x</text></a></svg>',
      '',
      '<style>body{background:url(javascript:alert(1))}</style>',
      '',
      'Text <b onclick="alert(1)" style="color:red">bold</b>.',
    ].join('\n'),
    // The SVG is inline HTML in a paragraph: its text stays, its markup goes.
    html: '<p>x</p>\n<p>Text bold.</p>',
    reported: [],
  },
];

describe('renderSafeMarkdown leaves nothing that runs script', () => {
  test.each(attacks)('$name', ({ markdown, html }) => {
    const rendered = renderSafeMarkdown(markdown);
    expect(rendered).toBe(html);
    expect(rendered).not.toMatch(activeMarkup);
    expect(activeParts(rendered)).toEqual([]);
  });

  test('no href or src survives that is not http, https, mailto or relative', () => {
    for (const { markdown } of attacks) {
      const rendered = renderSafeMarkdown(markdown);
      expect(rendered).not.toMatch(/\s(?:href|src)=/);
      expect(rendered).not.toMatch(/vbscript|data:/i);
      if (!markdown.startsWith('Open <javascript:')) expect(rendered).not.toMatch(/javascript/i);
    }
  });

  test('the checker is not blind: it finds what the sanitiser removes', () => {
    expect(activeParts('<p><a href="java&#9;script:alert(1)">x</a></p>')).toEqual([
      '<a href="java\tscript:alert(1)">',
    ]);
    expect(activeParts('<img src=x onerror="alert(1)"><script></script>')).toEqual([
      '<img onerror>',
      '<script>',
    ]);
    expect('<a href="javascript:x">').toMatch(activeMarkup);
  });
});

describe('ordinary Markdown still works', () => {
  test('emphasis, lists, code and quotes', () => {
    expect(
      renderSafeMarkdown(
        'Counted **by hand** and _checked_.\n\n- one\n- two\n\n1. first\n2. second\n\n> quoted `code`',
      ),
    ).toBe(
      [
        '<p>Counted <strong>by hand</strong> and <em>checked</em>.</p>',
        '<ul>\n<li>one</li>\n<li>two</li>\n</ul>',
        '<ol>\n<li>first</li>\n<li>second</li>\n</ol>',
        '<blockquote>\n<p>quoted <code>code</code></p>\n</blockquote>',
      ].join('\n'),
    );
  });

  test('links to https, http, this site, anchors and mailto, and images', () => {
    const markdown = [
      'See [the register](https://example.org/register?year=2025#totals),',
      '[the old one](http://example.org), [about us](/about/), [the data](#data),',
      '[a sibling](../trees/), [a reference][ref] and [write to us](mailto:csr@example.com).',
      '',
      '![A chart](https://example.org/chart.png "Chart") ![Local](/images/chart.png)',
      '',
      '[ref]: https://example.org/ref',
    ].join('\n');
    expect(renderSafeMarkdown(markdown)).toBe(
      [
        '<p>See <a href="https://example.org/register?year=2025#totals">the register</a>,',
        '<a href="http://example.org">the old one</a>, <a href="/about/">about us</a>, <a href="#data">the data</a>,',
        '<a href="../trees/">a sibling</a>, <a href="https://example.org/ref">a reference</a> and <a href="mailto:csr@example.com">write to us</a>.</p>',
        '<p><img src="https://example.org/chart.png" alt="A chart" title="Chart"> <img src="/images/chart.png" alt="Local"></p>',
      ].join('\n'),
    );
    expect(markdownUrlProblems(markdown)).toEqual([]);
  });

  test('text that looks like markup is escaped, not dropped', () => {
    expect(renderSafeMarkdown('1 < 2 & 3 > 2, "quoted" \\<b>')).toBe(
      '<p>1 &#x3C; 2 &#x26; 3 > 2, "quoted" &#x3C;b></p>',
    );
  });
});

describe('markdownUrlProblems reports every URL the URL rule refuses', () => {
  test.each(attacks)('$name', ({ markdown, reported }) => {
    expect(markdownUrlProblems(markdown)).toEqual(
      reported.map(([line, url]) => ({ line, url, message: urlProblem(url) })),
    );
  });

  test('with its line within the field, in document order', () => {
    const methodology = [
      'Counted from the [register](https://example.org/register).',
      '',
      '- weighed on site',
      '- see [the slips](javascript:void(0))',
      '',
      'Pictures: ![scan](data:image/png;base64,iVBORw0KGgo=) and',
      '[a mirror](//mirror.example.org/slips/).',
      '',
      '[unused]: vbscript:msgbox(1)',
    ].join('\n');
    expect(markdownUrlProblems(methodology)).toEqual([
      {
        line: 4,
        url: 'javascript:void(0)',
        message:
          'expected an https:// or http:// address, a mailto: address, or a path on this site, found a javascript: URL ("javascript:void(0)"), which could run code or hide content',
      },
      {
        line: 6,
        url: 'data:image/png;base64,iVBORw0KGgo=',
        message: urlProblem('data:image/png;base64,iVBORw0KGgo='),
      },
      {
        line: 7,
        url: '//mirror.example.org/slips/',
        message:
          'expected an https:// or http:// address, a mailto: address, or a path on this site, found "//mirror.example.org/slips/" (an address without a scheme); write https://mirror.example.org/slips/',
      },
      { line: 9, url: 'vbscript:msgbox(1)', message: urlProblem('vbscript:msgbox(1)') },
    ]);
  });

  test('nothing to report in plain text, code or an empty field', () => {
    expect(markdownUrlProblems('')).toEqual([]);
    expect(
      markdownUrlProblems('Write `javascript:alert(1)` nowhere.\n\n    [x](javascript:1)'),
    ).toEqual([]);
  });
});
