window.gcsTrack=function(){};
