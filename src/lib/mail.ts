/** Stands in a message's text for the guest's private link, which is put in only when it is sent. */
export const SECRET_LINK = '[[private-link]]';
