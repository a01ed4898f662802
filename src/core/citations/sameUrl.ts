/**
 * A web address as it identifies a page: scheme and host in lower case, without its fragment,
 * its default port or a trailing slash, so the canonical URL of one page written two ways is
 * still one page. Null for what is not an http(s) address.
 */
export const pageUrl = (text: string): string | null => {
  let url: URL;
  try {
    url = new URL(text.trim());
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  url.hash = '';
  const path = url.pathname.replace(/\/+$/u, '');
  // http and https name the same page: sites move to https and keep their canonical paths.
  return `${url.hostname.replace(/^www\./u, '')}${url.port ? `:${url.port}` : ''}${path}${url.search}`;
};
