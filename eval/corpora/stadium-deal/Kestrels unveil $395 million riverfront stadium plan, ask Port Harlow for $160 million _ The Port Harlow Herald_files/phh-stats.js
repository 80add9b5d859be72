window.phhStats={};
