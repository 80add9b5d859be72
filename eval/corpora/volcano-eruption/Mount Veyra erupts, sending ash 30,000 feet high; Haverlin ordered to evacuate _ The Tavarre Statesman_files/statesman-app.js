(function(){var b=document.querySelector(".breaking-banner");if(b&&window.sessionStorage){if(sessionStorage.getItem("ts_bb_closed")){b.style.display="none";}}})();
