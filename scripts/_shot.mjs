import { chromium } from 'playwright-core';
const [,, out, ...urls] = process.argv;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--headless','--disable-gpu','--disable-background-networking','--disable-component-update','--disable-sync','--no-first-run'] });
const ctx = await browser.newContext({ viewport: { width: 1280, height: 900 } });
const page = await ctx.newPage();
if (process.env.LOGIN) {
  await page.goto('http://localhost:3000/accesso');
  await page.fill('input[name=email]', process.env.LOGIN);
  await page.fill('input[name=password]', 'pdz-demo-2024');
  await page.click('button[type=submit]:has-text("Accedi")');
  await page.waitForLoadState('networkidle');
}
let i = 0;
for (const u of urls) {
  await page.goto(u.startsWith('http') ? u : 'http://localhost:3000' + u);
  if (process.env.SEL) { await page.locator(process.env.SEL).first().evaluate((el) => window.scrollTo(0, el.getBoundingClientRect().top + window.scrollY - 10)); }
  await page.screenshot({ path: `${out}-${i++}.png`, fullPage: process.env.FULL === '1' });
  console.log(u, page.url());
}
await browser.close();
