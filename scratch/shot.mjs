import { chromium } from "playwright-core";
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", headless: true, args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"] });
const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
page.on("console", (m) => console.log("console", m.type(), m.text()));
page.on("pageerror", (e) => console.log("pageerror", e.message));
const base = process.argv[2];
for (const [name, path] of [["stories", "/#/"], ["story", "/#/story/s1"], ["article", process.argv[3] ?? "/#/"]]) {
  await page.goto(base + path);
  await page.waitForTimeout(1200);
  await page.screenshot({ path: `scratch/${name}.png`, fullPage: true });
}
await browser.close();
