/**
 * Debian's Chromium, driven by playwright-core (never a browser of the test tool's own), with the flags
 * this machine's closed network needs: without the background-networking ones Chromium keeps trying
 * hosts it cannot reach.
 */
import { Browser, chromium } from 'playwright-core';

const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export const launchChromium = (): Promise<Browser> => chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
