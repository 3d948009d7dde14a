import { describe, expect, it } from 'vitest';
import { CBS_MUNICIPALITIES } from '../../app/cbs-municipalities-data.ts';
import { CBS_CODE, isMunicipalityCode, MUNICIPALITY_OPTIONS, municipalityCodeOfPlace, municipalityName } from '../../app/cbs-municipalities.ts';

// The dashboards, the report form and the profiles all choose from this list: it must be the whole
// current CBS indeling, not a part of it.
describe('the CBS municipality list', () => {
  it('holds all 342 municipalities, each code once and well formed, each name once', () => {
    expect(CBS_MUNICIPALITIES).toHaveLength(342);
    expect(MUNICIPALITY_OPTIONS).toHaveLength(342);
    const codes = CBS_MUNICIPALITIES.map(([code]) => code);
    expect(new Set(codes).size).toBe(342);
    for (const code of codes) expect(code).toMatch(CBS_CODE);
    expect(new Set(CBS_MUNICIPALITIES.map(([, name]) => name)).size).toBe(342);
  });

  it('knows the big cities, the small islands and the newest mergers by their CBS code', () => {
    const known: [string, string][] = [
      ['GM0363', 'Amsterdam'],
      ['GM0599', 'Rotterdam'],
      ['GM0518', "'s-Gravenhage"],
      ['GM0344', 'Utrecht'],
      ['GM0796', "'s-Hertogenbosch"],
      ['GM0088', 'Schiermonnikoog'],
      ['GM0096', 'Vlieland'],
      ['GM0373', 'Bergen (NH.)'],
      ['GM0893', 'Bergen (L.)'],
      ['GM0523', 'Hardinxveld-Giessendam'],
      ['GM0531', 'Hendrik-Ido-Ambacht'],
      ['GM1980', 'Dijk en Waard'],
      ['GM1982', 'Land van Cuijk'],
      ['GM1991', 'Maashorst'],
      ['GM1992', 'Voorne aan Zee'],
    ];
    for (const [code, name] of known) expect(municipalityName(code), code).toBe(name);
  });

  it('no longer lists the municipalities that merged away (Weesp 2022, Brielle 2023, Beemster 2022)', () => {
    for (const gone of ['GM0457', 'GM0501', 'GM0530', 'GM0614', 'GM0370', 'GM0416', 'GM0756']) expect(isMunicipalityCode(gone), gone).toBe(false);
    // Their names as places still count for the municipality they are part of now.
    expect(municipalityCodeOfPlace('Weesp')).toBe('GM0363');
    expect(municipalityCodeOfPlace('Brielle')).toBe('GM1992');
  });

  it('maps exact names only; an unknown or shared place name is never guessed', () => {
    expect(municipalityCodeOfPlace('den haag')).toBe('GM0518');
    expect(municipalityCodeOfPlace('Hoofddorp')).toBe('GM0394');
    expect(municipalityCodeOfPlace('Tytsjerksteradiel')).toBe('GM0737');
    expect(municipalityCodeOfPlace('Sudwest Fryslan')).toBe('GM1900');
    // "Bergen" and "Valkenburg" are places in two municipalities each: onbekend.
    expect(municipalityCodeOfPlace('Bergen')).toBeNull();
    expect(municipalityCodeOfPlace('Valkenburg')).toBeNull();
    expect(municipalityCodeOfPlace('ergens bij Utrecht')).toBeNull();
    expect(municipalityCodeOfPlace('Atlantis')).toBeNull();
    expect(isMunicipalityCode('GM9999')).toBe(false);
  });
});
