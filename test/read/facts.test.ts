import { describe, expect, it } from 'vitest';
import { read } from '../../src/read/index.js';

const facts = (text: string) => read(text).facts;

describe('the "Field: value" facts near the top of a text', () => {
  it('reads one field a line', () => {
    expect(facts('Title: Data Engineer\nLocation: Berlin, Germany\n\nRequirements\n- SQL\n')).toMatchObject({ title: 'Data Engineer', location: 'Berlin, Germany' });
  });
  it('reads the fields of a one-line export, each up to the next separator', () => {
    const text =
      'Title: Claims Data Analyst; Company: Beacon Mutual Health; Location: Providence, RI; Description: Beacon Mutual has insured families for decades and is proud of it. Qualifications: SQL.';
    expect(facts(text)).toMatchObject({ title: 'Claims Data Analyst', company: 'Beacon Mutual Health', location: 'Providence, RI' });
    expect(facts('Job Title: Data Analyst | Location: Austin, TX | Requirements: SQL, Python and a degree in statistics, plus curiosity about pricing and retail data.')).toMatchObject({ title: 'Data Analyst', location: 'Austin, TX' });
  });
  it("reads the title of a posting forwarded by e-mail from its subject line", () => {
    expect(facts('From: talent@example.com\nTo: candidates\nSubject: Backend Engineer (Fleet Telemetry)\n\nWe are looking for a backend engineer.')).toMatchObject({ title: 'Backend Engineer (Fleet Telemetry)' });
    // (Without its forward mark and the terms after a dash.)
    expect(facts('From: talent@example.com\nSubject: Fwd: Data Analyst – retail – Nottingham – up to £42k\n\nHi Chloe,')).toMatchObject({ title: 'Data Analyst' });
    expect(facts('Subject: Re: Senior ML Engineer - Remote\n\nHi,')).toMatchObject({ title: 'Senior ML Engineer' });
  });
  it('ends a short value at a separator that another label follows', () => {
    expect(facts('Title: Salesforce Admin | Loc: Remote (US) | Type: C2H\nSkills: Salesforce')).toMatchObject({ title: 'Salesforce Admin' });
  });
  it('reads a company without the words about it in a bracket after it', () => {
    expect(facts('QA Automation Engineer\n\nCompany: Tallyhouse (accounting software for small businesses)\nLocation: Remote\n')).toMatchObject({ company: 'Tallyhouse', location: 'Remote' });
    // (A one-word bracket may be its name's: "Meta (Facebook)".)
    expect(facts('Company: Meta (Facebook)\n')).toMatchObject({ company: 'Meta (Facebook)' });
  });
  it('reads a company without its place after its legal form', () => {
    expect(facts('Data Engineer Azure (w/m/d)\nArbeitgeber: Seeland Versicherungen AG, Bern\n\nIhr Profil\n- Sehr gute Kenntnisse in SQL und PySpark\n')).toMatchObject({ company: 'Seeland Versicherungen AG' });
    expect(facts('Data Analyst\nCompany: Harrow Analytics Ltd., Leeds\n\nRequirements\n- SQL\n')).toMatchObject({ company: 'Harrow Analytics Ltd.' });
    // (A comma before the legal form is the name's: "Acme, Inc.".)
    expect(facts('Data Analyst\nCompany: Acme Widgets, Inc.\n\nRequirements\n- SQL\n')).toMatchObject({ company: 'Acme Widgets, Inc.' });
  });
  it('keeps a short value whole, separators and all', () => {
    expect(facts('Location: Berlin; remote possible\n')).toMatchObject({ location: 'Berlin; remote possible' });
  });
  it("reads a table's rows of a label and its value, as a Word job description's table is read", () => {
    expect(facts('JOB DESCRIPTION\nJob Title | Credit Risk Data Analyst\nLocation | Leeds (hybrid)\nSalary | £45,000 – £52,000\n\nKey accountabilities\n')).toMatchObject({
      title: 'Credit Risk Data Analyst',
      location: 'Leeds (hybrid)',
      salary: '£45,000 – £52,000',
    });
    expect(facts('| Job Title | ML Engineer |\n|---|---|\n| Location | Berlin |\n')).toMatchObject({ title: 'ML Engineer', location: 'Berlin' });
    // (A row of more cells is a table's, not a field: "Location | Berlin | Hybrid".)
    expect(facts('Skill | Location | Level\nLocation | Berlin | Hybrid\n').location).toBeUndefined();
  });
  it('reads a label whose cell ends with its colon, and two pairs of a label and its value side by side', () => {
    expect(facts('Job Description\nPosition Title: | Data Analyst II\nCompany: | Prairie Harvest Cooperative\n')).toMatchObject({ title: 'Data Analyst II', company: 'Prairie Harvest Cooperative' });
    expect(facts('Job title | Analytics Engineer | Grade | G7\nTeam | Customer Data | Location | Cardiff\nOrganisation | Pennant Building Society | Hours | 35\n')).toMatchObject({
      title: 'Analytics Engineer',
      location: 'Cardiff',
      company: 'Pennant Building Society',
    });
    // (A header row of a table of jobs names no job: "Title | Company | Location | Salary".)
    expect(facts('Title | Company | Location | Salary\nData Engineer | Acme | Leeds | £50k\n')).toEqual({});
  });
});

