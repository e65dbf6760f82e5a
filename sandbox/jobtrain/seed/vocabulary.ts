export const DIVISIONS = ['Corporate Services', 'Operations', 'Health and Social Care', 'Education'];

/** Department name and the index of its division in DIVISIONS. */
export const DEPARTMENTS: Array<[string, number]> = [
	['Finance', 0], ['Human Resources', 0], ['IT Services', 0], ['Facilities', 1], ['Logistics', 1],
	['Customer Service', 1], ['Adult Care', 2], ['Nursing', 2], ['Children’s Services', 2], ['Teaching', 3], ['Student Support', 3],
];

export const REGIONS = ['North West', 'Yorkshire and the Humber', 'London', 'Scotland', 'South West', 'West Midlands'];

/** Location name, postcode and the index of its region in REGIONS. */
export const LOCATIONS: Array<[string, string, number]> = [
	['Manchester', 'M1 1AE', 0], ['Liverpool', 'L1 8JQ', 0], ['Leeds', 'LS1 4AP', 1], ['Sheffield', 'S1 2HE', 1],
	['London', 'EC1A 1BB', 2], ['Glasgow', 'G1 1XQ', 3], ['Edinburgh', 'EH1 1YZ', 3], ['Bristol', 'BS1 4ST', 4], ['Birmingham', 'B1 1BB', 5],
];

export const JOB_CATEGORIES = ['Administration', 'Care and Support', 'Finance', 'Healthcare', 'IT and Digital', 'Management', 'Teaching', 'Trades'];

export const SALARY_BANDS = ['Up to £20,000', '£20,000 - £25,000', '£25,000 - £30,000', '£30,000 - £40,000', '£40,000 - £55,000', '£55,000+'];

export const EMPLOYMENT_TYPES = ['Permanent', 'Fixed Term', 'Temporary', 'Bank / Casual', 'Apprenticeship'];

export const JOB_LEVELS = ['Entry Level', 'Junior', 'Experienced', 'Senior', 'Manager', 'Director'];

/** Job title and the index of its category in JOB_CATEGORIES. */
export const JOB_TITLES: Array<[string, number]> = [
	['Care Assistant', 1], ['Support Worker', 1], ['Staff Nurse', 3], ['Healthcare Assistant', 3], ['Finance Officer', 2],
	['Payroll Administrator', 2], ['HR Advisor', 0], ['Receptionist', 0], ['Service Desk Analyst', 4], ['Software Developer', 4],
	['Team Leader', 5], ['Operations Manager', 5], ['Teaching Assistant', 6], ['Maths Teacher', 6], ['Maintenance Electrician', 7],
	['Warehouse Operative', 7],
];

export const FIRST_NAMES = [
	'Olivia', 'Amelia', 'Isla', 'Ava', 'Mia', 'Ivy', 'Lily', 'Freya', 'Grace', 'Sophie', 'Oliver', 'George', 'Noah', 'Arthur',
	'Harry', 'Leo', 'Jack', 'Charlie', 'Oscar', 'Jacob', 'Aisha', 'Mohammed', 'Priya', 'Ravi', 'Siobhan', 'Callum',
];

export const SURNAMES = [
	'Smith', 'Jones', 'Taylor', 'Brown', 'Williams', 'Wilson', 'Johnson', 'Davies', 'Patel', 'Robinson', 'Wright', 'Thompson',
	'Evans', 'Walker', 'White', 'Roberts', 'Green', 'Hall', 'Wood', 'Khan', 'Campbell', 'Murphy', 'O’Brien', 'Hughes',
];

export const SOURCES = ['Company website', 'Indeed', 'NHS Jobs', 'LinkedIn', 'Referral', 'Jobcentre Plus'];

export const ETHNICITIES = ['White British', 'White Irish', 'Asian or Asian British', 'Black or Black British', 'Mixed', 'Prefer not to say'];
