import { chromium } from "playwright-core";
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", headless: true, args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking"] });
const page = await browser.newPage({ viewport: { width: +(process.argv[4] ?? 1280), height: 900 } });
page.on("console", (m) => console.log("console", m.type(), m.text()));
page.on("pageerror", (e) => console.log("pageerror", e.message));
await page.goto(process.argv[2]);
await page.waitForTimeout(1200);
await page.screenshot({ path: process.argv[3], fullPage: false });
await browser.close();
