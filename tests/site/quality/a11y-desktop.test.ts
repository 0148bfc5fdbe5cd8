// axe-core at 1280 px on the fullest page of each template and language (axe.ts); every page is checked at 360 px
// (a11y-phone), where most readers are and where layouts are tightest.
import { axeEveryPage } from './axe.ts';

axeEveryPage({ width: 1280, height: 900 }, false, 'per template');
