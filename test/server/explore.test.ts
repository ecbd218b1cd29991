import fs from 'node:fs';
import type { Driver } from 'neo4j-driver';
import { graphql } from '../support/http';
import { cypher, testDriver } from '../support/neo4j';
import { offHostRequests, openPageSession, PageSession, screenshot } from './browserPage';

let driver: Driver;
let session: PageSession;

beforeAll(async () => {
  driver = testDriver();
  session = await openPageSession(driver);
});

afterAll(async () => {
  await session?.close();
  await driver?.close();
});

interface Drawn {
  nodes: { id: string; label: string }[];
  edges: { id: string; source: string; target: string; label: string }[];
}

/** What cytoscape holds: the nodes and edges drawn, with the labels it renders. */
const drawn = (): Promise<Drawn> =>
  session.page.evaluate(() => {
    const { cy } = globalThis as any;
    return {
      nodes: cy.nodes().map((n: any) => ({ id: n.id(), label: n.data('label') })),
      edges: cy.edges().map((e: any) => ({ id: e.id(), source: e.source().id(), target: e.target().id(), label: e.data('label') })),
    };
  });

/** Where an element of the graph is on the page, for the mouse. */
const onPage = (id: string): Promise<{ x: number; y: number }> =>
  session.page.evaluate((elementId) => {
    const { cy } = globalThis as any;
    const element = cy.getElementById(elementId);
    const at = element.isNode() ? element.renderedPosition() : element.renderedMidpoint();
    const box = cy.container().getBoundingClientRect();
    return { x: box.left + at.x, y: box.top + at.y };
  }, id);

/**
 * Points along an edge, its midpoint first, after zooming until the edge spans most of the view: around
 * a hub edges run close together, and the mouse would land on a neighbour.
 */
const pointsOnEdge = (id: string): Promise<{ x: number; y: number }[]> =>
  session.page.evaluate((edgeId) => {
    const { cy } = globalThis as any;
    const edge = cy.getElementById(edgeId);
    const [from, to] = [edge.renderedSourceEndpoint(), edge.renderedTargetEndpoint()];
    const span = Math.hypot(to.x - from.x, to.y - from.y);
    const wanted = 0.8 * Math.min(cy.width(), cy.height());
    if (span < wanted) cy.zoom({ level: (cy.zoom() * wanted) / span, renderedPosition: edge.renderedMidpoint() });
    cy.center(edge);
    const box = cy.container().getBoundingClientRect();
    const [source, target, mid] = [edge.renderedSourceEndpoint(), edge.renderedTargetEndpoint(), edge.renderedMidpoint()];
    const toward = (end: any, f: number) => ({ x: mid.x + (end.x - mid.x) * f, y: mid.y + (end.y - mid.y) * f });
    const points = [mid, ...[0.3, 0.6, 0.8].flatMap((f) => [toward(target, f), toward(source, f)])];
    return points.map((p: any) => ({ x: box.left + p.x, y: box.top + p.y }));
  }, id);

const nextFrame = () => session.page.evaluate(() => new Promise((done) => (globalThis as any).requestAnimationFrame(() => done(null))));

/** Puts the mouse on an edge, where that edge and no other is under it, and answers the text of the tooltip that shows. */
async function tooltipOn(edgeId: string): Promise<string | null> {
  const { page } = session;
  for (const at of await pointsOnEdge(edgeId)) {
    await page.mouse.move(at.x, at.y);
    await nextFrame();
    const onIt = await page.evaluate((id) => (globalThis as any).cy.getElementById(id).hasClass('hovered'), edgeId);
    if (!onIt) continue;
    const tooltip = page.locator('#tooltip');
    await tooltip.waitFor({ state: 'visible' });
    return tooltip.textContent();
  }
  throw new Error(`No point of edge ${edgeId} has it alone under the mouse`);
}

const stateIs = (state: string) =>
  session.page.waitForFunction((wanted) => (globalThis as any).document.body.dataset.state === wanted, state, { timeout: 30_000 });
const ready = () => stateIs('ready');

/** Clicks a button of the page and waits until what it asked for is drawn. */
async function clickAndWait(selector: string): Promise<void> {
  await session.page.evaluate(() => ((globalThis as any).document.body.dataset.state = 'clicked'));
  await session.page.click(selector);
  await ready();
}

/** Draws (a page of) one of the panel's groups, e.g. `ORIGINATES_FROM|IN`. */
const drawGroup = (group: string) => clickAndWait(`#panel button.group[data-group="${group}"]`);

describe('the graph view', () => {
  it('draws the neighbourhood of Infernal Affairs with labelled edges', async () => {
    const { page, server } = session;
    await page.goto(`${server.url}/explore?id=work:infernal-affairs`);
    await ready();
    const graph = await drawn();
    expect(graph.nodes).toEqual(
      expect.arrayContaining([
        { id: 'work:infernal-affairs', label: 'Infernal Affairs' },
        { id: 'work:the-departed', label: 'The Departed' },
        { id: 'region:hong-kong', label: 'Hong Kong' },
      ]),
    );
    expect(graph.edges).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ source: 'work:infernal-affairs', target: 'work:the-departed', label: 'REMADE_AS' }),
        expect.objectContaining({ source: 'work:infernal-affairs', target: 'region:hong-kong', label: 'ORIGINATES_FROM' }),
      ]),
    );
    // Citations are listed beside the node, not drawn as edges to the paper.
    expect(graph.nodes.map((n) => n.id)).not.toContain('source:paper');
    await expect(page.locator('#panel').textContent()).resolves.toContain('Cited in');
  });

  it('shows the facts on a relationship, with source and locator, when the mouse is on it', async () => {
    const text = await tooltipOn('work:infernal-affairs|REMADE_AS|work:the-departed');
    // As seed/22-remakes.json records the remake, from the paper's section "Overseas promotion".
    expect(text).toContain('REMADE_AS');
    expect(text).toContain('year: 2006');
    expect(text).toContain('section "Overseas promotion", paragraph 2');
    expect(text).toContain('Audiovisual products between Mainland China and Hong Kong');
    await screenshot(session.page, 'explore-hover.png');
  });

  it('expands a node on click: its neighbours are fetched and added', async () => {
    const { page, requests, problems } = session;
    const before = await drawn();
    const at = await onPage('work:the-departed');
    await page.mouse.click(at.x, at.y);
    await page.waitForFunction(() => (globalThis as any).cy.getElementById('work:the-departed').hasClass('expanded'), undefined, {
      timeout: 30_000,
    });
    await ready();
    const after = await drawn();
    expect(after.nodes.length).toBeGreaterThan(before.nodes.length);
    expect(after.nodes).toEqual(expect.arrayContaining([...before.nodes, { id: 'region:usa', label: 'United States' }]));
    expect(after.edges).toEqual(
      expect.arrayContaining([expect.objectContaining({ source: 'work:the-departed', target: 'region:usa', label: 'ORIGINATES_FROM' })]),
    );
    await expect(page.locator('#panel h2').textContent()).resolves.toBe('The Departed');
    await page.mouse.move(0, 0);
    await screenshot(page, 'explore.png');
    expect(offHostRequests(requests)).toEqual([]);
    expect(requests.some((u) => u.endsWith('/assets/explore.js'))).toBe(true);
    expect(problems).toEqual([]);
  });

  it('opens what its box finds the way a researcher writes it, and says what is wrong with a refused text', async () => {
    const { page, server } = session;
    for (const [text, id] of [
      ['無間道', 'work:infernal-affairs'],
      ['zheng yi hui lang', 'work:the-sparring-partner'],
      ['Infernall Affairs', 'work:infernal-affairs'],
    ]) {
      await page.goto(`${server.url}/explore`);
      await page.fill('#open input', text);
      await Promise.all([page.waitForURL(`**/explore?id=${encodeURIComponent(id)}`), page.click('#open button')]);
      await ready();
    }
    await page.fill('#open input', '***');
    await page.click('#open button');
    await stateIs('error');
    await expect(page.locator('#status').textContent()).resolves.toContain(
      'text: "***" has no letters, digits or Chinese characters to look for',
    );
  });

  // Table 1 names Japan and Mainland China among Hong Kong's top five import sources in each of its
  // twelve years, 2011-2022: twelve IMPORTED_FROM relationships each, drawn as one edge apiece. Hong Kong
  // is a hub, so it opens with its groups; the IMPORTED_FROM group draws them.
  it('draws parallel relationships as one edge labelled ×n, holding all of their facts', async () => {
    const { page, server } = session;
    await page.goto(`${server.url}/explore?id=region:hong-kong`);
    await ready();
    await drawGroup('IMPORTED_FROM|OUT');
    const edges = (await drawn()).edges.filter(
      (e) => e.source === 'region:hong-kong' && ['region:japan', 'region:mainland-china'].includes(e.target),
    );
    expect(
      edges
        .filter((e) => e.label.startsWith('IMPORTED_FROM'))
        .map((e) => [e.target, e.label])
        .sort(),
    ).toEqual([
      ['region:japan', 'IMPORTED_FROM ×12'],
      ['region:mainland-china', 'IMPORTED_FROM ×12'],
    ]);
    const text = await tooltipOn('region:hong-kong|IMPORTED_FROM|region:japan');
    // The first of the twelve, Table 1's 2011 row (Japan second, 836,252), and a note of the rest.
    expect(text).toContain('value: 836252Table 1, 2011, rank 2');
    expect(text).toMatch(/and 8 more: click the edge$/);
    await page.mouse.move(0, 0);
  });

  it('says so when no entity has the id asked for', async () => {
    const { page, server } = session;
    await page.goto(`${server.url}/explore?id=work:no-such-film`);
    await stateIs('error');
    await expect(page.locator('#status').textContent()).resolves.toContain('No entity has the id "work:no-such-film"');
  });
});

/** Where a node is in the graph's own coordinates (not the page's: those move with pan and zoom). */
const positionOf = (id: string): Promise<{ x: number; y: number }> =>
  session.page.evaluate((nodeId) => (globalThis as any).cy.getElementById(nodeId).position(), id);

/** Every drawn node's caption as rendered, and whether it is drawn at a size cytoscape shows. */
const captions = (): Promise<{ id: string; caption: string; shown: boolean }[]> =>
  session.page.evaluate(() => {
    const { cy } = globalThis as any;
    return cy.nodes(':visible').map((n: any) => ({
      id: n.id(),
      caption: n.style('label'),
      shown: parseFloat(n.style('font-size')) * cy.zoom() >= parseFloat(n.style('min-zoomed-font-size')),
    }));
  });

const drawnIds = async (): Promise<string[]> => (await drawn()).nodes.map((n) => n.id).sort();

describe('a hub expanded by group', () => {
  it('offers Hong Kong’s relationships by group, draws at most a page of 25, more when asked, and leaves Infernal Affairs where it was', async () => {
    const { page, server } = session;
    await page.goto(`${server.url}/explore?id=work:infernal-affairs`);
    await ready();
    const before = await drawnIds();
    const infernalAffairs = await positionOf('work:infernal-affairs');
    const at = await onPage('region:hong-kong');
    await page.mouse.click(at.x, at.y);
    const group = page.locator('#panel button.group[data-group="ORIGINATES_FROM|IN"]');
    await group.waitFor();
    // Hong Kong has more than a page of relationships: the click offers its groups and draws nothing yet.
    expect(await drawnIds()).toEqual(before);
    await expect(group.textContent()).resolves.toMatch(/^ORIGINATES_FROM ← \d+/);
    await drawGroup('ORIGINATES_FROM|IN');
    const firstPage = await drawnIds();
    expect(firstPage.length).toBeGreaterThan(before.length);
    expect(firstPage.length - before.length).toBeLessThanOrEqual(25);
    const moved = await positionOf('work:infernal-affairs');
    expect(Math.abs(moved.x - infernalAffairs.x)).toBeLessThan(1);
    expect(Math.abs(moved.y - infernalAffairs.y)).toBeLessThan(1);
    await page.mouse.move(0, 0);
    await screenshot(page, 'graph-view.png');
    await clickAndWait('#panel button.more');
    const secondPage = await drawnIds();
    expect(secondPage.length).toBeGreaterThan(firstPage.length);
    expect(secondPage.length - firstPage.length).toBeLessThanOrEqual(25);
    expect(await positionOf('work:infernal-affairs')).toEqual(moved);
  });

  it('captions every node drawn, readably, with the Chinese title where the graph has one', async () => {
    const shown = await captions();
    expect(shown.length).toBeGreaterThan(25);
    expect(shown.filter((c) => c.caption.trim() === '' || !c.shown)).toEqual([]);
    expect(shown.find((c) => c.id === 'work:infernal-affairs')!.caption).toBe('Infernal Affairs\n無間道');
  });

  it('hides a relationship type’s edges, and only those, when the legend’s box is unticked', async () => {
    const { page } = session;
    const visible = (): Promise<[string, boolean][]> =>
      page.evaluate(() => (globalThis as any).cy.edges().map((e: any) => [e.data('type'), e.visible()] as [string, boolean]));
    expect((await visible()).every(([, v]) => v)).toBe(true);
    await page.locator('#legend input[name="type"][value="ORIGINATES_FROM"]').uncheck();
    const after = await visible();
    expect(after.filter(([t]) => t === 'ORIGINATES_FROM').length).toBeGreaterThan(25);
    expect(after.filter(([t, v]) => (t === 'ORIGINATES_FROM') === v)).toEqual([]);
    expect(page.url()).toContain('hiddenTypes%22%3A%5B%22ORIGINATES_FROM');
    await page.locator('#legend input[name="type"][value="ORIGINATES_FROM"]').check();
  });

  it('walks its steps back and forward, and keeps the view in its URL: the link opens the same nodes', async () => {
    const { page } = session;
    const shown = await drawnIds();
    const hidden = () => page.evaluate(() => (globalThis as any).cy.edges('[type = "ORIGINATES_FROM"]:hidden').length);
    // The last three steps: "more" of Hong Kong's works, ORIGINATES_FROM unticked, ticked again.
    await clickAndWait('#back');
    expect(await drawnIds()).toEqual(shown);
    expect(await hidden()).toBeGreaterThan(25);
    await clickAndWait('#back');
    expect(await hidden()).toBe(0);
    await clickAndWait('#back');
    expect((await drawnIds()).length).toBeLessThan(shown.length);
    for (let i = 0; i < 3; i++) await clickAndWait('#forward');
    expect(await drawnIds()).toEqual(shown);
    expect(await hidden()).toBe(0);
    const link = page.url();
    await page.goto('about:blank');
    await page.goto(link);
    await ready();
    expect(await drawnIds()).toEqual(shown);
  });

  it('gives the GraphQL query that fetches what it shows', async () => {
    const { page, server } = session;
    await page.click('#show-query');
    const query = await page.locator('#panel textarea').inputValue();
    const res = await graphql<Record<string, any>>(server.url, query);
    expect(res.errors).toBeUndefined();
    const fetched = new Set<string>();
    for (const answer of Object.values(res.data!)) {
      fetched.add(answer.id);
      for (const f of [...(answer.relationships ?? []), ...(answer.relationshipPage?.facts ?? [])]) {
        if (f.type !== 'CITED_IN') fetched.add(f.node.id);
      }
    }
    expect([...fetched].sort()).toEqual(await drawnIds());
  });

  it('saves the view as a well-formed PNG and SVG', async () => {
    const { page } = session;
    const saved = async (selector: string) => {
      const [file] = await Promise.all([page.waitForEvent('download'), page.click(selector)]);
      return { name: file.suggestedFilename(), bytes: fs.readFileSync((await file.path())!) };
    };
    const png = await saved('#save-png');
    expect(png.name).toBe('graph-view.png');
    expect([...png.bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(png.bytes.subarray(12, 16).toString('latin1')).toBe('IHDR');
    const [width, height] = [png.bytes.readUInt32BE(16), png.bytes.readUInt32BE(20)];
    expect(width).toBeGreaterThan(400);
    expect(height).toBeGreaterThan(400);
    // Chromium decodes it to the size its header gives.
    const decoded = await page.evaluate(async (base64) => {
      const image = new (globalThis as any).Image();
      image.src = `data:image/png;base64,${base64}`;
      await image.decode();
      return [image.naturalWidth, image.naturalHeight];
    }, png.bytes.toString('base64'));
    expect(decoded).toEqual([width, height]);
    const svg = await saved('#save-svg');
    const parsed = await page.evaluate((text) => {
      const doc = new (globalThis as any).DOMParser().parseFromString(text, 'image/svg+xml');
      return {
        root: doc.documentElement.nodeName,
        errors: doc.getElementsByTagName('parsererror').length,
        text: doc.documentElement.textContent,
      };
    }, svg.bytes.toString('utf8'));
    expect(parsed).toMatchObject({ root: 'svg', errors: 0 });
    expect(parsed.text).toContain('Infernal Affairs');
  });

  it('reaches every control by keyboard, each labelled and with a visible focus', async () => {
    const { page } = session;
    await page.locator('#open input').focus();
    const reached: { name: string; outline: string }[] = [];
    for (let i = 0; i < 60; i++) {
      reached.push(
        await page.evaluate(() => {
          const { document, getComputedStyle } = globalThis as any;
          const e = document.activeElement;
          if (e === document.body) return { name: '(past the last control)', outline: 'solid' };
          const name = e.getAttribute('aria-label') || e.labels?.[0]?.textContent?.trim() || e.textContent.trim();
          return { name, outline: getComputedStyle(e).outlineStyle };
        }),
      );
      await page.keyboard.press('Tab');
    }
    const names = reached.map((r) => r.name);
    for (const control of [
      'Find an entity by name or id',
      'Go to node',
      'Re-arrange: lay the whole graph out afresh',
      'Save the view as PNG',
      'Save the view as SVG',
      'Show the GraphQL query that fetches this view',
      'captions',
      'ORIGINATES_FROM',
    ]) {
      expect(names).toContain(control);
    }
    expect(reached.filter((r) => !r.name)).toEqual([]);
    expect(reached.filter((r) => r.outline === 'none')).toEqual([]);
  });

  it('suggests entities as one types a traditional-Chinese title, and opens the one picked', async () => {
    const { page, server } = session;
    await page.goto(`${server.url}/explore`);
    await page.locator('#open input').pressSequentially('無間道');
    const suggestion = page.locator('#suggestions [role="option"][data-id="work:infernal-affairs"]');
    await suggestion.waitFor();
    await expect(suggestion.textContent()).resolves.toContain('Infernal Affairs');
    await Promise.all([page.waitForURL(`**/explore?id=${encodeURIComponent('work:infernal-affairs')}`), suggestion.click()]);
    await ready();
    expect(await drawnIds()).toContain('work:infernal-affairs');
    expect(offHostRequests(session.requests)).toEqual([]);
  });
});

describe('Node.relationships, which the graph view draws from', () => {
  const ids = ['work:infernal-affairs', 'region:japan', 'festival:academy-awards'];

  it('gives every relationship of each node, whatever its type, in one statement for the whole list', async () => {
    const { server } = session;
    server.statements.length = 0;
    const res = await graphql<{ nodes: { id: string; relationships: { type: string; direction: string; node: { id: string } }[] }[] }>(
      server.url,
      'query ($ids: [ID!]!) { nodes(ids: $ids) { id relationships { type direction node { id } } } }',
      { ids },
    );
    expect(res.errors).toBeUndefined();
    expect(server.statements.filter((s) => s.query === 'neighbourhoodOfNodes')).toHaveLength(1);
    for (const node of res.data!.nodes) {
      const rows = await cypher(
        driver,
        // Claims are no relationships of the model (cypher/neighbourhoodOfNodes.cypher): the claims fields show them.
        `MATCH (n {id: $id})-[r]-(m) WHERE NOT m:Claim
        RETURN type(r) AS type, CASE WHEN startNode(r) = n THEN 'OUT' ELSE 'IN' END AS direction, m.id AS other`,
        { id: node.id },
      );
      const expected = rows.map((r) => `${r.type} ${r.direction} ${r.other}`).sort();
      expect(node.relationships.map((r) => `${r.type} ${r.direction} ${r.node.id}`).sort()).toEqual(expected);
      expect(expected.length).toBeGreaterThan(0);
    }
  });

  it('reads a node asked for twice in one request once, and gives each its relationships once', async () => {
    const { server } = session;
    server.statements.length = 0;
    const res = await graphql<Record<string, { relationships: unknown[] }>>(
      server.url,
      '{ a: node(id: "work:infernal-affairs") { relationships { type } } b: node(id: "work:infernal-affairs") { relationships { type } } }',
    );
    // One statement for the node and one for its relationships, each holding the id once.
    const idsIn = (params: Record<string, unknown>) =>
      Object.values(params.byLabel as Record<string, { id: string }[]>)
        .flat()
        .map((k) => k.id);
    expect(server.statements.map((s) => [s.query.split('@')[0], idsIn(s.params)])).toEqual([
      ['nodesByIds', ['work:infernal-affairs']],
      ['neighbourhoodOfNodes', ['work:infernal-affairs']],
    ]);
    const [{ count }] = await cypher(driver, 'MATCH (:Work {id: "work:infernal-affairs"})-[r]-() RETURN count(r) AS count');
    expect(res.data!.a.relationships).toHaveLength(count as number);
    expect(res.data!.b.relationships).toHaveLength(count as number);
  });

  it('keeps to one direction when asked', async () => {
    const res = await graphql<{ node: { relationships: { direction: string; locator: string | null; source: { id: string } | null }[] } }>(
      session.server.url,
      '{ node(id: "region:japan") { relationships(direction: IN) { direction locator source { id } } } }',
    );
    // Claims are no relationships of the model (cypher/neighbourhoodOfNodes.cypher).
    const [{ count }] = await cypher(driver, 'MATCH (:Region {id: "region:japan"})<-[r]-(m) WHERE NOT m:Claim RETURN count(r) AS count');
    expect(res.data!.node.relationships).toHaveLength(count as number);
    expect(res.data!.node.relationships.every((r) => r.direction === 'IN' && r.locator && r.source)).toBe(true);
  });
});
