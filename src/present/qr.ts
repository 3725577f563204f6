/**
 * QR codes drawn at build time as SVG strings, so no script and no network are needed to show
 * them. Dark on white with the standard four-module quiet zone: phone cameras read that best,
 * including off a projector screen.
 */
import QRCode from 'qrcode';

export const qrSvg = (url: string): Promise<string> =>
  QRCode.toString(url, {
    type: 'svg',
    errorCorrectionLevel: 'M',
    margin: 4,
    // QR readers need true black on white; this is not chart colour, so no design token.
    color: { dark: '#000000', light: '#ffffff' },
  });

/** The article address of a hash on the public site (SITE from astro.config.mjs). */
export const articleUrl = (site: string, hash: string) => new URL(`/${hash}`, site).href;
