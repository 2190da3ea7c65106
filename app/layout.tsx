import type { Metadata, Viewport } from "next";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Conflict Atlas", template: "%s · Conflict Atlas" },
  description: "Incidents of the Syrian conflict extracted from news reports, on a map and in casualty timelines, each number traced to its source sentence.",
};

export const viewport: Viewport = {
  colorScheme: "light dark",
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#f8fafc" },
    { media: "(prefers-color-scheme: dark)", color: "#020617" },
  ],
};

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body className="min-h-screen bg-slate-50 text-slate-900 antialiased dark:bg-slate-950 dark:text-slate-100">
        <a
          href="#main"
          className={
            "sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-[2000] " +
            "focus:rounded focus:bg-white focus:px-3 focus:py-2 focus:text-slate-900"
          }
        >
          Skip to content
        </a>
        <div id="main">{children}</div>
      </body>
    </html>
  );
}
