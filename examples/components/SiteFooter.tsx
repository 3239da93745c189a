import Link from 'next/link';

// Footer links to our social profiles. Linking to TikTok is fine; loading its pixel is not.
export function SiteFooter() {
  return (
    <footer>
      <nav aria-label="Care">
        <Link href="/dermatology">Dermatology</Link>
        <Link href="/therapy">Online therapy</Link>
        <Link href="/labs/hiv-test">At-home HIV test</Link>
      </nav>
      <nav aria-label="Social">
        <a href="https://www.tiktok.com/@northsidehealth" rel="noopener">TikTok</a>
        <a href="https://www.instagram.com/northsidehealth" rel="noopener">Instagram</a>
      </nav>
      <p>Northside Health does not sell your health information.</p>
    </footer>
  );
}
