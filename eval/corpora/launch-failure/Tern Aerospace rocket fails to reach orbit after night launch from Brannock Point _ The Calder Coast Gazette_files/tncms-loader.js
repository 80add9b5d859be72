window.__tnt=window.__tnt||{};__tnt.user={loggedIn:false};__tnt.meter={views:4,max:5};
