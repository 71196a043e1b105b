// Drives the Neo4j Browser that a Neo4j server serves, in Debian's chromium, as a person would:
// connect, load a GraSS style with :style, set the parameters and run a graph query as `kg query --show`
// prints them, then report what the graph view shows (every node's caption and fill colour) and take a
// screenshot.
//
//   node check-browser.mjs <style.grass> <query.cypher> <screenshot.png>
//
// Environment: NEO4J_URI (http), NEO4J_BOLT_URI, NEO4J_USER, NEO4J_PASSWORD; CHROMIUM (default /usr/bin/chromium).
// Prints one JSON object: {"nodes":[{"caption","fill"}], "relationships":[caption...]}. Exit code 1 on failure.
import { readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';

const [stylePath, queryPath, screenshotPath] = process.argv.slice(2);
if (!screenshotPath) {
  console.error('usage: node check-browser.mjs <style.grass> <query.cypher> <screenshot.png>');
  process.exit(2);
}
const { NEO4J_URI, NEO4J_BOLT_URI, NEO4J_USER = 'neo4j', NEO4J_PASSWORD } = process.env;
const style = readFileSync(stylePath, 'utf8');
const shown = readFileSync(queryPath, 'utf8');
// `kg query --show` prints a :params line, then the query.
const paramsLine = shown.split('\n').find((line) => line.startsWith(':params')) ?? '';
const query = shown.split('\n').filter((line) => !line.startsWith(':params') && !line.trimStart().startsWith('//')).join('\n').trim();

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
});
const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
try {
  page.setDefaultTimeout(60_000);
  const bolt = new URL(NEO4J_BOLT_URI);
  await page.goto(`${NEO4J_URI}/browser/`);

  // The connect form.
  await page.getByTestId('boltaddress').fill(`neo4j://${bolt.host}`);
  await page.getByTestId('username').fill(NEO4J_USER);
  await page.getByTestId('password').fill(NEO4J_PASSWORD);
  await page.getByTestId('connect').click();
  await page.getByText('You are connected as user', { exact: false }).first().waitFor();

  // Each command goes into the editor as text (a line break typed would run it early) and runs with the Run button.
  async function run(command) {
    const editor = page.getByTestId('activeEditor');
    await editor.click();
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Delete');
    await page.keyboard.insertText(command);
    await page.getByTestId('editor-Run').click();
  }

  await run(`:style\n${style}`);
  await page.waitForTimeout(1500);
  if (paramsLine) {
    await run(paramsLine);
    await page.waitForTimeout(1000);
  }
  await run(query);
  await page.locator("svg g.node").first().waitFor({ timeout: 20_000 });
  // Let the layout settle before looking and taking the picture.
  await page.waitForTimeout(4000);

  const nodes = await page.locator('svg g.node').evaluateAll((elements) => elements.map((node) => ({
    caption: [...node.querySelectorAll('text')].map((text) => text.textContent).join(' ').replace(/\s+/g, ' ').trim(),
    fill: node.querySelector('circle.b-outline')?.getAttribute('fill') ?? node.querySelector('circle')?.getAttribute('fill'),
  })));
  const relationships = await page.locator('svg g.relationship text').evaluateAll((elements) => elements.map((text) => text.textContent));
  await page.screenshot({ path: screenshotPath });
  console.log(JSON.stringify({ nodes, relationships }));
} catch (error) {
  // What the page showed when it failed, to look at.
  await page.screenshot({ path: screenshotPath }).catch(() => {});
  throw error;
} finally {
  await browser.close();
}
