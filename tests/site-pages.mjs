// Every page of the built site (dist/site/) that the docs check and the screenshots cover.
export const sitePages = [
  'index.html',
  'card.html',
  'picker.html',
  'data.html',
  'theming.html',
  'builder.html',
  'frameworks.html',
  'snippet.html',
  'embed/card-internal-transition.html',
  'embed/card-formal-education.html',
  'embed/card-startup-experience.html',
  'embed/card-certifications-bootcamps.html',
  'embed/card-technical-background.html',
  'embed/card-networking-mentorship.html',
  'embed/card-freelance-consulting.html',
  'embed/picker.html',
];
