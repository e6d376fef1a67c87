/** Entry of embed.html, the iframe mode: page styles, the page's own text from the catalogue, and the embed frame element. */
import './embed-page.css';
import { localizePage } from '../share/page-text.ts';
import './embed-frame.ts';

localizePage();
