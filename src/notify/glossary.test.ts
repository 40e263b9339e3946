import { describe, expect, it } from 'vitest';
import { formsOf, GLOSSARY, glossaryTerm, termIn } from './glossary.ts';

describe('the glossary', () => {
  it('names a protected thing in the reader’s words, whatever courts call it', () => {
    for (const english of ['Medicaid coverage', 'the Medi-Cal benefits', 'MEDICAID ELIGIBILITY'])
      expect(termIn('es', english)?.the).toBe('la cobertura de Medicaid');
    expect(termIn('ar', 'Temporary Protected Status (TPS)')?.the).toBe('وضع الحماية المؤقتة (TPS)');
    expect(termIn('es', 'their food stamps')?.the).toBe('la ayuda para alimentos (SNAP)');
    expect(termIn('es', 'removal proceedings')).toBeNull();
    expect(glossaryTerm('en', ' Medicaid coverage ')).toBe('Medicaid coverage');
  });

  it('gives what agrees with a Spanish term by its article', () => {
    expect(formsOf('es', 'la cobertura de Medicaid').agreement).toBe('f');
    expect(formsOf('es', 'el permiso de trabajo').agreement).toBe('m');
    expect(formsOf('es', 'los beneficios del Seguro Social').agreement).toBe('mp');
    expect(formsOf('es', 'las tarjetas de residencia').agreement).toBe('fp');
    expect(() => formsOf('es', 'cobertura de Medicaid')).toThrow(/article/);
  });

  it('gives what agrees with an Arabic term by its head noun', () => {
    expect(formsOf('ar', 'تغطية Medicaid (التأمين الصحي الحكومي)').agreement).toBe('f');
    expect(formsOf('ar', 'المساعدة السكنية').agreement).toBe('f');
    expect(formsOf('ar', 'الإعانات العامة').agreement).toBe('f');
    expect(formsOf('ar', 'تصريح العمل').agreement).toBe('m');
    expect(formsOf('ar', 'الإذن الإنساني بالدخول والبقاء (parole)').agreement).toBe('m');
  });

  it('every row gives its Spanish term with its article, so sentences can agree with it', () => {
    for (const row of GLOSSARY) {
      expect(() => formsOf('es', row.es), row.es).not.toThrow();
      expect(['m', 'f']).toContain(formsOf('ar', row.ar).agreement);
    }
  });
});
