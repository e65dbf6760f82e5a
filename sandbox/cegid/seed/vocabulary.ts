export const VACANCY_STATUSES = [
	{ name: 'Published', id: '_TS_CO_OfferStatus_Diffuse', label: 'Diffusée', weight: 12 },
	{ name: 'Draft', id: '_TS_CO_OfferStatus_Brouillon', label: 'Brouillon', weight: 2 },
	{ name: 'Validated', id: '_TS_CO_OfferStatus_Valide', label: 'Validée', weight: 1 },
	{ name: 'PendingPublication', id: '_TS_CO_OfferStatus_EnAttentePublication', label: 'En attente de publication', weight: 1 },
	{ name: 'Suspended', id: '_TS_CO_OfferStatus_Suspendue', label: 'Suspendue', weight: 1 },
	{ name: 'Finalized', id: '_TS_CO_OfferStatus_Finalise', label: 'Finalisée', weight: 1 },
	{ name: 'Archived', id: '_TS_CO_OfferStatus_Archive', label: 'Archivée', weight: 2 },
] as const;

export const JOB_TITLES = [
	'Chargé de recrutement', 'Développeur full stack', 'Comptable fournisseurs', 'Technicien de maintenance',
	'Infirmier de bloc', 'Responsable logistique', 'Assistant commercial', 'Juriste droit social',
	'Chef de projet SI', 'Conseiller clientèle', 'Ingénieur qualité', 'Gestionnaire de paie',
];

export const CITIES = [
	{ address: '10 rue de Rivoli, 75001 Paris', latitude: 48.8566, longitude: 2.3522 },
	{ address: '5 place Bellecour, 69002 Lyon', latitude: 45.7578, longitude: 4.832 },
	{ address: '1 quai de la Fosse, 44000 Nantes', latitude: 47.2127, longitude: -1.5606 },
	{ address: '20 allée Jean Jaurès, 31000 Toulouse', latitude: 43.6045, longitude: 1.444 },
	{ address: '3 rue Nationale, 59000 Lille', latitude: 50.6365, longitude: 3.0635 },
];

export const CONTRACT_TYPES = [
	{ id: '_TS_CO_ContractType_CDI', label: 'CDI' },
	{ id: '_TS_CO_ContractType_CDD', label: 'CDD' },
	{ id: '_TS_CO_ContractType_Interim', label: 'Intérim' },
	{ id: '_TS_CO_ContractType_Stage', label: 'Stage' },
];

export const ORGANISATIONS = [
	{ id: 'ORG-001', label: 'Direction RH' },
	{ id: 'ORG-002', label: 'Direction financière' },
	{ id: 'ORG-003', label: 'Production' },
	{ id: 'ORG-004', label: 'Systèmes d’information' },
];

export const PROFILES = [
	{ id: '_TS_metier_profil_RH', label: 'Ressources humaines' },
	{ id: '_TS_metier_profil_IT', label: 'Informatique' },
	{ id: '_TS_metier_profil_FIN', label: 'Finance' },
	{ id: '_TS_metier_profil_SANTE', label: 'Santé' },
];

export const FIRST_NAMES = ['Camille', 'Louis', 'Emma', 'Hugo', 'Léa', 'Nathan', 'Chloé', 'Lucas', 'Inès', 'Jules', 'Sarah', 'Adam'];
export const LAST_NAMES = ['Martin', 'Bernard', 'Dubois', 'Thomas', 'Robert', 'Richard', 'Petit', 'Durand', 'Leroy', 'Moreau'];
