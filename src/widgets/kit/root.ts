/**
 * A widget's root element. With its own heading (a lesson) it is a region
 * named by that heading. Where the page's heading already names it (the lab,
 * the gallery) it is a group named by its title, not a landmark: two copies
 * side by side (the lab's A and B) then make no two landmarks of one name.
 *
 * `<svelte:element this={rootTag(titled)} {...rootName(titled, `${uid}-title`, t('title'))}>`
 */
export const rootTag = (titled: boolean) => (titled ? 'section' : 'div');

export function rootName(titled: boolean, headingId: string, title: string) {
  return titled
    ? { role: undefined, 'aria-labelledby': headingId, 'aria-label': undefined }
    : { role: 'group', 'aria-labelledby': undefined, 'aria-label': title };
}
