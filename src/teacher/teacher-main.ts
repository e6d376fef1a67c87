/** Entry point of teacher.html: the teacher page. */
import '../styles/page.css';
import './teacher-guide.ts';
