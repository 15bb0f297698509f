import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { ExerciseMedia } from '../../model/index.js';
import { checkUrl } from '../../content/urls.js';
import type { Messages } from '../../i18n/messages.js';
import { renderHeading } from '../../render/heading.js';
import type { RichText } from '../../render/rich-text.js';

/**
 * The demonstration video with its captions track and a text description. A video or captions
 * URL the policy refuses drops the whole video (a video without captions is not accessible); a
 * refused poster drops only the poster.
 */
export function renderMedia(
  media: ExerciseMedia,
  m: Messages,
  level: number,
  rich: (text: string) => RichText,
  report: (message: string) => void,
): TemplateResult | typeof nothing {
  const video = checkUrl(media.video, 'media');
  const captions = checkUrl(media.captions.src, 'media');
  const poster = media.poster === undefined ? undefined : checkUrl(media.poster, 'media');
  if (!video.ok) report(`video not shown: ${video.reason}`);
  if (!captions.ok) report(`video not shown: captions ${captions.reason}`);
  if (poster && !poster.ok) report(`poster not shown: ${poster.reason}`);
  if (!video.ok || !captions.ok) return nothing;
  return html`<figure class="media" part="media">
    ${renderHeading(level, m.video)}
    <video controls preload="none" src=${video.url} poster=${ifDefined(poster?.ok ? poster.url : undefined)}>
      <track kind="captions" default src=${captions.url} srclang=${media.captions.srclang}
        label=${media.captions.label} />
    </video>
    <figcaption><span class="visually-hidden">${m.videoDescription}: </span>${rich(media.description)}</figcaption>
  </figure>`;
}
