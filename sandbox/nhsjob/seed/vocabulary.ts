export const SPECIALTIES = [
	'Nursing',
	'Cardiology',
	'Emergency Medicine',
	'Paediatrics',
	'Mental Health',
	'Radiology',
	'General Practice',
	'Midwifery',
	'Oncology',
	'Anaesthetics',
	'Physiotherapy',
	'Pharmacy',
] as const;

export const ROLES = [
	{ title: 'Staff Nurse', salary: '£29,970 - £36,483' },
	{ title: 'Senior Nurse', salary: '£45,000 - £55,000' },
	{ title: 'Healthcare Assistant', salary: '£24,071 - £25,674' },
	{ title: 'Junior Doctor', salary: '£38,000 - £45,000' },
	{ title: 'Specialty Registrar', salary: '£49,909 - £63,152' },
	{ title: 'Consultant', salary: '£105,504 - £139,882' },
	{ title: 'Clinical Nurse Specialist', salary: '£46,148 - £52,809' },
	{ title: 'Advanced Practitioner', salary: '£53,755 - £60,504' },
] as const;

export const LOCATIONS = [
	'London',
	'Manchester',
	'Birmingham',
	'Leeds',
	'Bristol',
	'Newcastle upon Tyne',
	'Liverpool',
	'Sheffield',
	'Nottingham',
	'Leicester',
	'Cambridge',
	'Oxford',
	'Southampton',
	'Plymouth',
	'Norwich',
] as const;

/** Weighted: most NHS posts are permanent. */
export const CONTRACT_TYPES = ['Permanent', 'Permanent', 'Permanent', 'Fixed Term', 'Temporary', 'Bank', 'Locum'] as const;

export const KNOWN_CONTRACT_TYPES = ['Permanent', 'Fixed Term', 'Temporary', 'Bank', 'Locum'] as const;

export const FIRST_NAMES = ['Amelia', 'Oliver', 'Priya', 'Kwame', 'Siobhan', 'Tomasz', 'Aisha', 'Rhys', 'Mei', 'Callum', 'Fatima', 'Eilidh'] as const;
export const LAST_NAMES = ['Okafor', 'Patel', 'Jones', 'Nowak', 'MacLeod', 'Begum', 'Evans', 'Chen', 'Murphy', 'Adeyemi', 'Williams', 'Hughes'] as const;
