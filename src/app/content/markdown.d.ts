declare module '*.md' {
  import type { Component } from 'svelte';
  const lesson: Component;
  export default lesson;
}
