import { describe, expect, it } from 'vitest';
import { classDefinition } from './classes.ts';

describe('who is covered, as an order defines the class', () => {
  it('reads "the class is defined as …" to the end of its sentence', () => {
    const d = classDefinition(
      'ORDER granting [12] Motion for Preliminary Injunction. The class is defined as all persons detained at the Otay Mesa Detention Center on or after March 1, 2020. Signed by Judge X.',
    );
    expect(d).toEqual({
      text: 'all persons detained at the Otay Mesa Detention Center on or after March 1, 2020',
      scope: null,
      words:
        'The class is defined as all persons detained at the Otay Mesa Detention Center on or after March 1, 2020.',
      adds: false,
    });
  });

  it('reads an order that only adds to the class in force as an addition, in the ways orders say it', () => {
    for (const [text, added] of [
      [
        'ORDER granting [70] Motion to Amend Class Definition. The class is expanded to include all persons detained in Ohio after June 1, 2017. Signed by Judge X.',
        'all persons detained in Ohio after June 1, 2017',
      ],
      [
        'ORDER: The class definition is hereby amended to add all persons held at the county jail on or after March 1, 2018.',
        'all persons held at the county jail on or after March 1, 2018',
      ],
      [
        'ORDER. The class shall be broadened so as to also include tenants of the annex evicted since 2019.',
        'tenants of the annex evicted since 2019',
      ],
      [
        'ORDER. The Court adds the following subclass: all class members detained for more than six months.',
        'Subclass: all class members detained for more than six months',
      ],
      [
        'ORDER. The following Medical Subclass is hereby added to the class: all class members with chronic illness.',
        'Medical Subclass: all class members with chronic illness',
      ],
      [
        'OPINION AND ORDER certifying a Detained Final Order Subclass consisting of all class members detained by ICE.',
        'Detained Final Order Subclass: all class members detained by ICE',
      ],
    ] as const) {
      const d = classDefinition(text);
      expect(d?.text, text).toBe(added);
      expect(d?.adds, text).toBe(true);
    }
    // The class named by the order that certified it is the one redefined.
    for (const [text, defined] of [
      [
        'ORDER granting [27] Motion to Modify Class Definition. The class certified in [22] is hereby redefined as follows: all persons detained within the district who have final orders. Signed by Judge A.',
        'all persons detained within the district who have final orders',
      ],
      // As the docket report stores it (no brackets), and with words of its own that a party's proposal would use.
      [
        'ORDER granting 27 Motion to Modify Class Definition. The class certified in 22 is hereby redefined as follows: all noncitizens in the district whom respondents seek to remove to a third country. Signed by Judge A.',
        'all noncitizens in the district whom respondents seek to remove to a third country',
      ],
      [
        'ORDER. The class certified by the Court’s order of March 3, 2020, is redefined as follows: all tenants of the Authority.',
        'all tenants of the Authority',
      ],
      [
        'The Subclass defined in ECF No. 41 is hereby redefined as: detainees held more than six months.',
        'Subclass: detainees held more than six months',
      ],
    ] as const)
      expect(classDefinition(text)?.text, text).toBe(defined);
    // The proposal is the party's, said before the definition.
    expect(
      classDefinition(
        'Plaintiffs seek certification of a class defined as all persons whom the agency seeks to remove.',
      ),
    ).toBeNull();
    // A redefinition replaces; a motion to expand, or its denial, adds nothing.
    expect(
      classDefinition('ORDER. The class is hereby redefined as follows: all tenants evicted since 2018.')
        ?.adds,
    ).toBe(false);
    expect(
      classDefinition(
        'MOTION to Amend Class Definition: the class should be expanded to include all persons in Ohio.',
      ),
    ).toBeNull();
    expect(
      classDefinition(
        'ORDER denying [80] Motion. The request that the class be expanded to include persons in Ohio is denied.',
      ),
    ).toBeNull();
  });

  it('reads a certified class and its subclasses, each by its name', () => {
    const d = classDefinition(
      'The Court certifies a Primary Class consisting of all noncitizens in the United States who had final orders of removal on May 1, 2019, and a Detained Subclass consisting of all members of the Primary Class who are or will be in ICE custody.',
    );
    expect(d?.text).toBe(
      'Primary Class: all noncitizens in the United States who had final orders of removal on May 1, 2019; Detained Subclass: all members of the Primary Class who are or will be in ICE custody',
    );
    expect(d?.scope).toBe('nationwide');
  });

  it('reads "certifies a class of …", "the following class:" and a quoted definition', () => {
    expect(
      classDefinition('The Court certifies a class of all tenants of 12 Main St. evicted since 2018.')?.text,
    ).toBe('all tenants of 12 Main St. evicted since 2018');
    expect(
      classDefinition('The Court CERTIFIES the following class: all inmates of the county jail.')?.text,
    ).toBe('all inmates of the county jail');
    expect(
      classDefinition(
        'ORDER GRANTING IN PART AND DENYING IN PART motion for class certification. The Court certifies a class defined as: "All persons who bought the product in California between 2015 and 2019."',
      )?.text,
    ).toBe('All persons who bought the product in California between 2015 and 2019');
    expect(
      classDefinition(
        'The class shall be redefined as follows: all persons held at the facility after June 1, 2021.',
      )?.text,
    ).toBe('all persons held at the facility after June 1, 2021');
  });

  it("reads the document's words when the docket text defines nothing", () => {
    expect(
      classDefinition(
        'OPINION AND ORDER granting [30] Motion to Certify Class.',
        'A class consisting of all residents of the county who received the notice is certified.',
      )?.text,
    ).toBe('all residents of the county who received the notice');
  });

  it("takes an opinion's last definition: its own, after the ones its background recites", () => {
    const opinion = [
      'On June 26, the Court stayed removal for the class defined as all nationals of the country with final orders of removal.',
      'Petitioners now ask the Court to certify a narrower class.',
      'For the reasons stated, the class is redefined as follows: all nationals of the country who had final orders of removal on June 24, 2017.',
      'SO ORDERED.',
    ].join(' ');
    expect(classDefinition('OPINION AND ORDER granting [77] Motion.', null, opinion)?.text).toBe(
      'all nationals of the country who had final orders of removal on June 24, 2017',
    );
  });

  it('never reads a proposal, a refusal, a putative class or a stay "expanded to" people', () => {
    for (const text of [
      'Plaintiffs ask the Court to certify a class defined as all tenants of the building.',
      'MOTION to Certify Class defined as all persons in the U.S. detained by ICE by All Plaintiffs.',
      'The Court declines to certify the class defined as all persons detained since 2017.',
      'ORDER denying [20] Motion to Certify Class. The class defined as all persons detained since 2017 is denied certification.',
      'The removal of Petitioners and all members of the putative class is stayed for fourteen (14) days.',
      'The stay of removal is expanded to all Iraqi nationals in the United States with final orders of removal.',
      'Plaintiffs propose a subclass consisting of all detained members.',
      'ORDER granting [139] Amended Motion to Certify Class. Class members detained for six months shall be released.',
    ])
      expect(classDefinition(text), text).toBeNull();
  });
});
