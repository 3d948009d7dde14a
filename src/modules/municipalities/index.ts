export { isMunicipalityCode, MUNICIPALITY_OPTIONS, municipalityCodeOfPlace, municipalityName, UNKNOWN_MUNICIPALITY } from './cbs.ts';
