import "vertailu/styles.css";
import { Ready } from "./ready.jsx";

export const metadata = { title: "vertailu in the Next.js App Router" };

export default function RootLayout({ children }) {
  return (
    <html lang="en">
      <body>
        {children}
        <Ready />
      </body>
    </html>
  );
}
