import { mount } from 'svelte';
import App from './App.svelte';
import './app.css';

const target = document.getElementById('app');
if (!target) throw new Error('Sticky: #app element missing from index.html');

/** The mounted application. */
export default mount(App, { target });
