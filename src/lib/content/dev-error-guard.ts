/** A message Vite's dev server sends to open pages (`full-reload`, `error`, custom events). */
export interface HotMessage {
  type: string;
  /** Of `full-reload`: which pages reload (`*`: all). */
  path?: string;
}

/**
 * Keeps Astro's own error screens off pages while the content check explains the problem.
 *
 * Astro renders more than the pages our problem page stands in for (the browser's
 * `/favicon.ico` request renders the 404 page; charts and images are endpoints), and when such
 * a render fails on the broken content (an `image()` field naming a missing file fails as
 * "ImageNotFound" in `.astro/content-assets.mjs`), Astro sends the error to every open page,
 * where Vite's client draws it over our list. This guard sits in front of the client channel's
 * `send`:
 *
 * - while the check has errors, `error` messages are dropped (the page shows our list);
 * - for `settleMs` after the errors clear, Astro's content layer may still hold the broken entry
 *   (it writes its store after a pause), so a render can fail once more: such an error is
 *   dropped too and open pages reload `retryMs` later, once, instead of showing it;
 * - after that, errors pass: they are about the code, not the content.
 *
 * Every other message passes unchanged.
 */
export class DevErrorGuard {
  readonly #send: (message: HotMessage) => void;
  readonly #settleMs: number;
  readonly #retryMs: number;
  #contentBroken = false;
  #settlingUntil = 0;
  #retry: ReturnType<typeof setTimeout> | undefined;

  /** `send`: the channel's own send. Times in milliseconds. */
  constructor(options: {
    send: (message: HotMessage) => void;
    settleMs?: number;
    retryMs?: number;
  }) {
    this.#send = options.send;
    this.#settleMs = options.settleMs ?? 3000;
    this.#retryMs = options.retryMs ?? 600;
  }

  /** The check ran: `broken` when it found errors. */
  contentChecked(broken: boolean): void {
    if (this.#contentBroken && !broken) this.#settlingUntil = Date.now() + this.#settleMs;
    this.#contentBroken = broken;
  }

  /** Sends `message` to open pages, unless it is an error the content explains (see above). */
  send(message: HotMessage): void {
    if (message.type !== 'error') {
      this.#send(message);
      return;
    }
    if (this.#contentBroken) return;
    if (Date.now() < this.#settlingUntil) {
      if (this.#retry === undefined) {
        this.#retry = setTimeout(() => {
          this.#retry = undefined;
          this.#send({ type: 'full-reload', path: '*' });
        }, this.#retryMs);
      }
      return;
    }
    this.#send(message);
  }
}
