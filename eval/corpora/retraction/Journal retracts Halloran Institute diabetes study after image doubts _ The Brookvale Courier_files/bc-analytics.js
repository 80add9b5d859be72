window.bcTrack=function(){};
