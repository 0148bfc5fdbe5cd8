// axe-core on every page at 360 px, with touch (axe.ts).
import { axeEveryPage } from './axe.ts';

axeEveryPage({ width: 360, height: 740 }, true);
