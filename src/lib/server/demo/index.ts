// Demo: the Lodi district loaded through the same commands users go through, and its accounts.
export {
	loadDemo,
	accountsWithDemoPassword,
	DEMO_PASSWORD,
	DEMO_ACCOUNTS,
	AREAS,
	IMMIGRATION_INDICATORS
} from './lodi';
