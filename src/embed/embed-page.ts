/** Entry of embed.html, the iframe mode: page styles and the embed frame element. */
import './embed-page.css';
import './embed-frame.ts';
