// axe-core on every page at 1280 px (axe.ts).
import { axeEveryPage } from './axe.ts';

axeEveryPage({ width: 1280, height: 900 }, false);
