/** Word lists the seeded data is drawn from. */

export interface TitleEntry {
	readonly title: string;
	readonly categoryId: number;
	readonly duty: string;
}

export const JOB_TITLES: readonly TitleEntry[] = [
	{ title: 'Warehouse Associate', categoryId: 124, duty: 'Pick, pack and ship orders accurately while keeping the floor safe and organised.' },
	{ title: 'Delivery Driver', categoryId: 108, duty: 'Deliver packages on an assigned route and provide friendly service at every stop.' },
	{ title: 'CDL-A Truck Driver', categoryId: 164, duty: 'Haul freight across regional lanes with a clean safety record and on-time delivery.' },
	{ title: 'Customer Service Representative', categoryId: 167, duty: 'Answer customer calls and chats, resolve issues and document every interaction.' },
	{ title: 'Registered Nurse', categoryId: 127, duty: 'Provide patient care, administer medication and coordinate with the care team.' },
	{ title: 'Certified Nursing Assistant', categoryId: 186, duty: 'Assist residents with daily living activities and report changes to nursing staff.' },
	{ title: 'Medical Assistant', categoryId: 186, duty: 'Room patients, take vitals and keep exam rooms stocked for a busy clinic.' },
	{ title: 'Pharmacy Technician', categoryId: 130, duty: 'Fill prescriptions, manage inventory and help pharmacists serve patients.' },
	{ title: 'Software Engineer', categoryId: 192, duty: 'Design, build and test web services in TypeScript and Python with a small team.' },
	{ title: 'IT Support Specialist', categoryId: 175, duty: 'Troubleshoot hardware and software issues and keep user accounts secure.' },
	{ title: 'Line Cook', categoryId: 193, duty: 'Prepare menu items to recipe standards and keep the kitchen clean and stocked.' },
	{ title: 'Server', categoryId: 193, duty: 'Greet guests, take orders and deliver a memorable dining experience.' },
	{ title: 'Front Desk Agent', categoryId: 118, duty: 'Check guests in and out, answer questions and handle reservations.' },
	{ title: 'Retail Sales Associate', categoryId: 137, duty: 'Help shoppers find products, run the register and keep displays tidy.' },
	{ title: 'Store Manager', categoryId: 163, duty: 'Lead a store team, manage schedules and hit monthly sales targets.' },
	{ title: 'Accounts Payable Clerk', categoryId: 101, duty: 'Process invoices, reconcile vendor statements and support month-end close.' },
	{ title: 'Bank Teller', categoryId: 201, duty: 'Handle deposits and withdrawals accurately and refer customers to bankers.' },
	{ title: 'Electrician', categoryId: 131, duty: 'Install and repair wiring, fixtures and panels to code on commercial sites.' },
	{ title: 'Construction Laborer', categoryId: 131, duty: 'Load materials, prepare job sites and support skilled trades on the crew.' },
	{ title: 'Forklift Operator', categoryId: 149, duty: 'Move pallets safely, load trucks and keep accurate inventory counts.' },
	{ title: 'Maintenance Technician', categoryId: 183, duty: 'Perform preventive maintenance and repair equipment to minimise downtime.' },
	{ title: 'Security Officer', categoryId: 194, duty: 'Patrol the property, monitor cameras and respond to incidents calmly.' },
	{ title: 'Preschool Teacher', categoryId: 169, duty: 'Plan age-appropriate lessons and create a safe, nurturing classroom.' },
	{ title: 'Human Resources Coordinator', categoryId: 119, duty: 'Coordinate onboarding, maintain employee records and answer benefits questions.' },
	{ title: 'Marketing Specialist', categoryId: 125, duty: 'Run email and social campaigns and report on their performance each week.' },
	{ title: 'Insurance Agent', categoryId: 176, duty: 'Advise clients on coverage options and grow a book of business.' },
	{ title: 'Dental Assistant', categoryId: 109, duty: 'Prepare treatment rooms, sterilise instruments and assist the dentist chairside.' },
	{ title: 'Veterinary Technician', categoryId: 147, duty: 'Support veterinarians with exams, lab work and compassionate animal care.' },
	{ title: 'Call Center Agent', categoryId: 167, duty: 'Handle inbound calls, meet quality goals and escalate complex requests.' },
	{ title: 'Production Operator', categoryId: 124, duty: 'Run production equipment, inspect output and follow safety procedures.' },
	{ title: 'Administrative Assistant', categoryId: 162, duty: 'Manage calendars, prepare documents and keep the office running smoothly.' },
	{ title: 'Mechanic', categoryId: 185, duty: 'Diagnose and repair vehicles and explain the work clearly to customers.' },
];

export interface CityEntry {
	readonly city: string;
	readonly state: string;
	/** First three digits of the city's zip codes. */
	readonly zipPrefix: string;
}

export const CITIES: readonly CityEntry[] = [
	{ city: 'San Francisco', state: 'CA', zipPrefix: '941' },
	{ city: 'Los Angeles', state: 'CA', zipPrefix: '900' },
	{ city: 'San Diego', state: 'CA', zipPrefix: '921' },
	{ city: 'Boston', state: 'MA', zipPrefix: '021' },
	{ city: 'Worcester', state: 'MA', zipPrefix: '016' },
	{ city: 'New York', state: 'NY', zipPrefix: '100' },
	{ city: 'Buffalo', state: 'NY', zipPrefix: '142' },
	{ city: 'Chicago', state: 'IL', zipPrefix: '606' },
	{ city: 'Houston', state: 'TX', zipPrefix: '770' },
	{ city: 'Dallas', state: 'TX', zipPrefix: '752' },
	{ city: 'Austin', state: 'TX', zipPrefix: '787' },
	{ city: 'Phoenix', state: 'AZ', zipPrefix: '850' },
	{ city: 'Philadelphia', state: 'PA', zipPrefix: '191' },
	{ city: 'Pittsburgh', state: 'PA', zipPrefix: '152' },
	{ city: 'Atlanta', state: 'GA', zipPrefix: '303' },
	{ city: 'Miami', state: 'FL', zipPrefix: '331' },
	{ city: 'Orlando', state: 'FL', zipPrefix: '328' },
	{ city: 'Tampa', state: 'FL', zipPrefix: '336' },
	{ city: 'Seattle', state: 'WA', zipPrefix: '981' },
	{ city: 'Portland', state: 'OR', zipPrefix: '972' },
	{ city: 'Denver', state: 'CO', zipPrefix: '802' },
	{ city: 'Minneapolis', state: 'MN', zipPrefix: '554' },
	{ city: 'Detroit', state: 'MI', zipPrefix: '482' },
	{ city: 'Columbus', state: 'OH', zipPrefix: '432' },
	{ city: 'Cleveland', state: 'OH', zipPrefix: '441' },
	{ city: 'Charlotte', state: 'NC', zipPrefix: '282' },
	{ city: 'Raleigh', state: 'NC', zipPrefix: '276' },
	{ city: 'Nashville', state: 'TN', zipPrefix: '372' },
	{ city: 'Kansas City', state: 'MO', zipPrefix: '641' },
	{ city: 'Las Vegas', state: 'NV', zipPrefix: '891' },
	{ city: 'Salt Lake City', state: 'UT', zipPrefix: '841' },
	{ city: 'Baltimore', state: 'MD', zipPrefix: '212' },
];

export const STREET_NAMES: readonly string[] = [
	'Main St', 'Oak Ave', 'Maple Dr', 'Battery St', 'Market St', 'Washington Blvd', 'Park Ave', 'Elm St',
	'Commerce Way', 'Industrial Pkwy', 'Lake Shore Dr', 'Cedar Ln', 'Highland Ave', 'Broadway', 'Pine St',
];

export const COMPANY_NAMES: readonly string[] = [
	'Acme Logistics', 'Bright Path Health', 'Summit Retail Group', 'Harbor Freight Lines', 'Evergreen Senior Living',
	'Northwind Foods', 'Bluebird Hospitality', 'Keystone Manufacturing', 'Pioneer Staffing', 'Riverbend Clinics',
	'Granite Construction Co', 'Lumen Software', 'Silverline Security', 'Cornerstone Bank', 'Maple Leaf Academy',
	'Redwood Auto Care', 'Atlas Distribution', 'Sunrise Dental Partners', 'Copperfield Insurance', 'Oakridge Pharmacy',
];

export const FIRST_NAMES: readonly string[] = [
	'Jack', 'Maria', 'James', 'Aisha', 'Robert', 'Mei', 'David', 'Sofia', 'Michael', 'Priya', 'Daniel', 'Olivia',
	'Carlos', 'Emma', 'Kwame', 'Hannah', 'Luis', 'Grace', 'Samuel', 'Chloe',
];

export const LAST_NAMES: readonly string[] = [
	'Sparrow', 'Garcia', 'Smith', 'Khan', 'Johnson', 'Chen', 'Williams', 'Rossi', 'Brown', 'Patel', 'Miller',
	'Nguyen', 'Lopez', 'Davis', 'Mensah', 'Wilson', 'Martinez', 'Kim', 'Taylor', 'Moore',
];

export const BENEFITS: readonly string[] = [
	'Weekly pay, health benefits and paid time off.',
	'Competitive pay, 401(k) match and tuition help.',
	'Flexible shifts, medical and dental from day one.',
	'Sign-on bonus, paid training and career growth.',
	'Full benefits, employee discounts and overtime available.',
];

export const COST_SOURCES: readonly string[] = [
	'ABC XYZ Job Board', 'Jobcase Network', 'Indeed', 'ZipRecruiter', 'Google for Jobs', 'CareerBuilder',
];

export const CAMPAIGN_THEMES: readonly string[] = [
	'Spring Hiring', 'Peak Season', 'Evergreen Roles', 'Night Shift Push', 'New Location Launch', 'Q3 Growth',
];
