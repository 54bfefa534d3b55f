// Demo: the Lodi district loaded through the same commands users go through, and its accounts.
export {
	loadDemo,
	accountsWithDemoPassword,
	DEMO_PASSWORD,
	DEMO_ACCOUNTS,
	AREAS,
	AREAS_2021,
	IMMIGRATION_INDICATORS
} from './lodi';
export { DEMO_SERVICES } from './lodi-services-data';
