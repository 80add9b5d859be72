window.tchTrack=function(){};
