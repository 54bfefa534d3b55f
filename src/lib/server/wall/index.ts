// The participation wall (pareti): the live board of a meeting or a roundtable where members
// and guests with the room's code post notes, the facilitator arranges them, everyone places
// dots, and the best proposals are carried into the plan. Others use it only through this file.
export {
	createWall,
	joinWall,
	removeParticipant,
	postNote,
	editNote,
	deleteNote,
	setNoteVisible,
	mergeNote,
	createGroup,
	deleteGroup,
	assignGroup,
	vote,
	unvote,
	setPosting,
	setVoting,
	updateWallSettings,
	saveColumn,
	removeColumn,
	saveTheme,
	removeTheme,
	dateAtMeeting,
	POST_LIMIT,
	JOIN_LIMIT,
	GUESTS_PER_ADDRESS,
	DEFAULT_COLUMNS,
	DEFAULT_THEMES
} from './commands';
export { getWall, wallOfMeeting, wallsOfRoundtable, listParticipants } from './queries';
export { wallByToken, joinableOrganisations } from './public';
export { noteViews, wallHeader, wallState, ranking, mergeChoices, type NoteView, type WallState } from './screens';
export { facilitates, viewerOf, staffViewer, type WallViewer } from './access';
export { promotionChoices, promoteNote, originsOf, type Origin } from './promotion';
export { wallTable, wallXlsx } from './export';
export { wallAndViewer, staffWall, setGuestCookie, wallAction, noteId, nodeResponse } from './http';
export { wallEvents, wallHealth } from './stream';
export { undoWallAction, wallHistory, HISTORY_LENGTH, type HistoryEntry } from './history';
export { startTimer, stopTimer, closeEndedRounds, startWallTimers, stopWallTimers } from './timer';
export { subscribe, stopLive } from './live';
export * from './input';
export * from './schema';
