import type { Metadata } from "next";
import "./globals.css";

export const metadata: Metadata = {
  title: "Conflict Atlas",
  description: "Incidents of the Syrian conflict extracted from news reports, on a map and in casualty timelines, each number traced to its source sentence.",
};

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body className="min-h-screen bg-slate-50 text-slate-900 antialiased dark:bg-slate-950 dark:text-slate-100">{children}</body>
    </html>
  );
}
