/** Entry point of lab.html: page styles and the lab's elements. */
import './lab-page.css';
import './lab-app.ts';
