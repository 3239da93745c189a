import Link from 'next/link';
import Script from 'next/script';

// /health — the condition library. Health words everywhere, but nothing here talks to an ad
// platform: the TikTok *video embed* below is a player, not the TikTok pixel.

const CONDITIONS = [
  { slug: 'acne', name: 'Acne', href: '/dermatology/acne' },
  { slug: 'eczema', name: 'Eczema', href: '/dermatology/eczema' },
  { slug: 'anxiety', name: 'Anxiety', href: '/therapy/anxiety' },
  { slug: 'hiv-testing', name: 'HIV testing', href: '/labs/hiv-test' },
] as const;

export default async function HealthLibraryPage() {
  const res = await fetch('https://api.northside.example/v1/conditions?include=treatments', {
    next: { revalidate: 3600 },
  });
  const featured: Array<{ slug: string; summary: string }> = res.ok ? await res.json() : [];
  console.log(`health library: ${featured.length} featured conditions`);

  return (
    <section>
      <h1>Conditions we treat</h1>
      <ul>
        {CONDITIONS.map((condition) => (
          <li key={condition.slug}>
            <Link href={condition.href}>{condition.name}</Link>
          </li>
        ))}
      </ul>

      <h2>Dr. Patel explains eczema flare-ups</h2>
      <blockquote
        className="tiktok-embed"
        cite="https://www.tiktok.com/@northsidehealth/video/7301234567890123456"
        data-video-id="7301234567890123456"
      >
        <a href="https://www.tiktok.com/@northsidehealth">@northsidehealth</a>
      </blockquote>
      <Script src="https://www.tiktok.com/embed.js" strategy="lazyOnload" />
    </section>
  );
}
