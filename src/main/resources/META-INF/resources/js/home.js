// The landing page: opens the one page the signed-in user's roles allow, or lists what they may open
// (an ACD or compliance account has no page, only the API), instead of forwarding everyone to a page
// that would answer 403.
import { signedIn } from './signed-in.js';

const opening = document.getElementById('opening');
signedIn().then(user => {
  if (user.can('ops')) {
    location.replace('ops.html');
  } else if (user.can('wfm')) {
    location.replace('console.html');
  } else {
    opening.textContent = 'Your roles open no page here; the API:';
    document.getElementById('pages').hidden = false;
  }
}).catch(e => { opening.textContent = `Who is signed in could not be read: ${e.message}`; });
