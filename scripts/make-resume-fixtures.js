#!/usr/bin/env node
// Writes fixtures/resumes/: one made-up person's resume in every format skillgap reads (a two-column
// PDF, a Word document, plain text, Markdown, JSON Resume), all from the data below, so the formats
// can be tested against one another. Run it again after editing the data: node scripts/make-resume-fixtures.js
// Needs the devDependencies pdf-lib and docx.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { AlignmentType, Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import { PDFDocument, StandardFonts, rgb } from 'pdf-lib';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'fixtures/resumes');
mkdirSync(out, { recursive: true });

// A made-up person. Each skill stands in one section on purpose, so tests can check where it was found.
const person = {
  name: 'Jordan Okafor',
  headline: 'Data analyst moving into machine learning',
  contact: 'jordan.okafor@example.org | Leeds, UK',
  summary: ['Analyst who turns messy data into decisions and wants to build the models next.'],
  skills: ['Python', 'SQL', 'scikit-learn', 'Docker', 'Excel', 'communication'],
  education: ['BSc Mathematics, 2021', 'Statistics modules in R', 'Course: machine learning'],
  experience: [
    { title: 'Data Analyst, Northwind Retail', dates: '2022 - now', bullets: ['Moved nightly jobs to k8s on AWS', 'Set up CI/CD for the reporting code', 'Ran A/B testing for the checkout team'] },
    { title: 'Junior Analyst, Harbour Bank', dates: '2021 - 2022', bullets: ['Built MySQL reports for branch managers'] },
  ],
  projects: ['Image classifier in PyTorch for recycling photos', 'Churn model with a public dataset'],
};

// --- plain text and Markdown -------------------------------------------------------------------
const text = [
  person.name,
  person.headline,
  person.contact,
  '',
  'SUMMARY',
  ...person.summary,
  '',
  'SKILLS',
  person.skills.join(', '),
  '',
  'EXPERIENCE',
  ...person.experience.flatMap((e) => [`${e.title}, ${e.dates}`, ...e.bullets.map((b) => `- ${b}`)]),
  '',
  'PROJECTS',
  ...person.projects.map((p) => `- ${p}`),
  '',
  'EDUCATION',
  ...person.education,
  '',
].join('\n');
writeFileSync(join(out, 'two-column.txt'), text);

const markdown = [
  `# ${person.name}`,
  '',
  `${person.headline}. ${person.contact}`,
  '',
  '## Summary',
  '',
  ...person.summary,
  '',
  '## Skills',
  '',
  ...person.skills.map((s) => `- ${s}`),
  '',
  '## Experience',
  '',
  ...person.experience.flatMap((e) => [`**${e.title}**, ${e.dates}`, '', ...e.bullets.map((b) => `- ${b}`), '']),
  '## Projects',
  '',
  ...person.projects.map((p) => `- ${p}`),
  '',
  '## Education',
  '',
  ...person.education.map((e) => `- ${e}`),
  '',
].join('\n');
writeFileSync(join(out, 'two-column.md'), markdown);

const jsonResume = {
  basics: { name: person.name, label: person.headline, summary: person.summary.join(' ') },
  skills: [{ name: 'Tools', keywords: person.skills }],
  work: person.experience.map((e) => ({ position: e.title, highlights: e.bullets })),
  projects: person.projects.map((p) => ({ name: p.split(' ')[0], description: p })),
  education: [{ area: 'Mathematics', studyType: 'BSc', courses: person.education.slice(1) }],
};
writeFileSync(join(out, 'two-column.json'), `${JSON.stringify(jsonResume, null, 2)}\n`);

// --- a two-column PDF: a sidebar (skills, education) left, experience and projects right -------
const fixedDate = new Date('2026-01-01T00:00:00Z');
const pdf = await PDFDocument.create();
pdf.setTitle(`${person.name}: resume`);
pdf.setCreator('skillgap scripts/make-resume-fixtures.js');
pdf.setProducer('pdf-lib');
pdf.setCreationDate(fixedDate);
pdf.setModificationDate(fixedDate);
const page = pdf.addPage([595, 842]); // A4 in points
const regular = await pdf.embedFont(StandardFonts.Helvetica);
const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
const ink = rgb(0.1, 0.1, 0.12);
const draw = (s, x, y, { font = regular, size = 10 } = {}) => page.drawText(s, { x, y, font, size, color: ink });

// Header across both columns: the name centred, the contact line under it.
const nameSize = 22;
draw(person.name, (595 - bold.widthOfTextAtSize(person.name, nameSize)) / 2, 790, { font: bold, size: nameSize });
const headerLine = `${person.headline}  |  ${person.contact}`;
draw(headerLine, (595 - regular.widthOfTextAtSize(headerLine, 10)) / 2, 770);

// Left column: x 40..200. Right column: x 240..555. The gutter between them is 40 points wide.
let y = 730;
const left = (s, opts) => {
  draw(s, 40, y, opts);
  y -= opts?.size ? opts.size + 6 : 14;
};
left('SKILLS', { font: bold, size: 12 });
for (const s of person.skills) left(s);
y -= 12;
left('EDUCATION', { font: bold, size: 12 });
for (const e of person.education) left(e);

y = 730;
const right = (s, opts) => {
  draw(s, 240, y, opts);
  y -= opts?.size ? opts.size + 6 : 14;
};
right('SUMMARY', { font: bold, size: 12 });
for (const s of person.summary) {
  // Wrap the summary to the right column's width.
  let line = '';
  for (const word of s.split(' ')) {
    const next = line ? `${line} ${word}` : word;
    if (regular.widthOfTextAtSize(next, 10) > 315) {
      right(line);
      line = word;
    } else line = next;
  }
  if (line) right(line);
}
y -= 12;
right('EXPERIENCE', { font: bold, size: 12 });
for (const e of person.experience) {
  draw(e.title, 240, y, { font: bold });
  draw(e.dates, 555 - regular.widthOfTextAtSize(e.dates, 10), y); // dates flush right, on the title's line
  y -= 14;
  for (const b of e.bullets) right(`- ${b}`);
  y -= 6;
}
y -= 6;
right('PROJECTS', { font: bold, size: 12 });
for (const p of person.projects) right(`- ${p}`);
writeFileSync(join(out, 'two-column.pdf'), await pdf.save({ useObjectStreams: false }));

// --- a Word document with real headings and list paragraphs ----------------------------------------
const heading = (t) => new Paragraph({ text: t, heading: HeadingLevel.HEADING_2 });
const para = (t) => new Paragraph({ children: [new TextRun(t)] });
const bullet = (t) => new Paragraph({ text: t, bullet: { level: 0 } });
const docx = new Document({
  creator: 'skillgap scripts/make-resume-fixtures.js',
  title: `${person.name}: resume`,
  sections: [
    {
      children: [
        new Paragraph({ text: person.name, heading: HeadingLevel.TITLE, alignment: AlignmentType.CENTER }),
        para(`${person.headline} | ${person.contact}`),
        heading('Summary'),
        ...person.summary.map(para),
        heading('Skills'),
        ...person.skills.map(bullet),
        heading('Experience'),
        ...person.experience.flatMap((e) => [new Paragraph({ children: [new TextRun({ text: e.title, bold: true }), new TextRun(`, ${e.dates}`)] }), ...e.bullets.map(bullet)]),
        heading('Projects'),
        ...person.projects.map(bullet),
        heading('Education'),
        ...person.education.map(para),
      ],
    },
  ],
});
writeFileSync(join(out, 'two-column.docx'), await Packer.toBuffer(docx));
console.error(`wrote ${out}/two-column.{pdf,docx,txt,md,json}`);
