export type VideoProvider = 'YOUTUBE' | 'VIMEO';

export interface VideoRef {
  provider: VideoProvider;
  providerVideoId: string;
}

const YOUTUBE_HOSTS = new Set(['youtube.com', 'www.youtube.com', 'm.youtube.com', 'music.youtube.com', 'youtube-nocookie.com', 'www.youtube-nocookie.com']);
const YOUTUBE_ID = /^[A-Za-z0-9_-]{11}$/;
const VIMEO_ID = /^\d{1,20}$/;

/**
 * The provider and the video's id from any usual form of a YouTube or Vimeo link (watch?v=, youtu.be/, /embed/,
 * /shorts/, /live/; vimeo.com/<id>, player.vimeo.com/video/<id>); null for anything else, which is never embedded.
 */
export function parseVideoUrl(value: string): VideoRef | null {
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  if (url.username || url.password || url.port) return null;
  const host = url.hostname.toLowerCase();
  const parts = url.pathname.split('/').filter(Boolean);
  if (YOUTUBE_HOSTS.has(host)) {
    const id = parts[0] === 'watch' && parts.length === 1 ? url.searchParams.get('v') : ['embed', 'shorts', 'live', 'v'].includes(parts[0]) && parts.length === 2 ? parts[1] : null;
    return id && YOUTUBE_ID.test(id) ? { provider: 'YOUTUBE', providerVideoId: id } : null;
  }
  if (host === 'youtu.be') {
    return parts.length === 1 && YOUTUBE_ID.test(parts[0]) ? { provider: 'YOUTUBE', providerVideoId: parts[0] } : null;
  }
  if (host === 'vimeo.com' || host === 'www.vimeo.com') {
    // vimeo.com/<id>, or a showcase's vimeo.com/channels/<name>/<id>: the id is the last part, all digits.
    const id = parts.at(-1);
    return id && VIMEO_ID.test(id) && (parts.length === 1 || parts[0] === 'channels') ? { provider: 'VIMEO', providerVideoId: id } : null;
  }
  if (host === 'player.vimeo.com') {
    return parts[0] === 'video' && parts.length === 2 && VIMEO_ID.test(parts[1]) ? { provider: 'VIMEO', providerVideoId: parts[1] } : null;
  }
  return null;
}

/** The link people open to watch it at the provider. */
export function watchUrl({ provider, providerVideoId }: VideoRef): string {
  return provider === 'YOUTUBE' ? `https://www.youtube.com/watch?v=${providerVideoId}` : `https://vimeo.com/${providerVideoId}`;
}

/** The privacy-enhanced player: YouTube's no-cookie domain, Vimeo with do-not-track. */
export function embedUrl({ provider, providerVideoId }: VideoRef): string {
  return provider === 'YOUTUBE' ? `https://www.youtube-nocookie.com/embed/${providerVideoId}` : `https://player.vimeo.com/video/${providerVideoId}?dnt=1`;
}
